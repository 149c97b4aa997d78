/**
 * What `npm run validate`, `npm run new` and `npm run import` say around the validator's messages,
 * in kk, ru and en. The English lines of `validate` are the format CI and editors read: keep them.
 */
import type { Lang } from '../../schema/enums.ts';

const RU_PLURAL = new Intl.PluralRules('ru');
/** Russian nouns change with the number (1 проблема, 2 проблемы, 5 проблем), as CLDR's rules say. */
function ru(n: number, one: string, few: string, many: string): string {
  const form = { one, few, many, other: few, zero: many, two: few }[RU_PLURAL.select(n)];
  return `${n} ${form}`;
}

export interface CliText {
  counted(events: number, translations: number, sources: number, places: number, people: number): string;
  valid(counted: string, ms: number): string;
  problems(n: number, counted: string, ms: number): string;
  /** The share of sources with a public address that have a recorded archived copy. */
  archived(archived: number, archivable: number, percent: number): string;

  newIntro: string;
  askDate: string;
  askTime: string;
  askPlace: string;
  askType: string;
  askTitle: string;
  askSummary: string;
  askSources: string;
  askBody: string;
  askSourceId: string;
  askSourceTitle: string;
  askSourcePublisher: string;
  askSourcePublished: string;
  askSourceKind: string;
  askSourceUrl: string;
  askSourceLang: string;
  optional: string;
  tryAgain: string;
  unknownPlace(value: string, suggestions: string[]): string;
  unknownSource(value: string, suggestions: string[]): string;
  badDate(value: string): string;
  badTime(value: string): string;
  notInList(value: string): string;
  missingAnswers(flags: string[]): string;
  entryExists(id: string, path: string): string;
  sourceExists(id: string, path: string): string;
  refused: string;
  wrote(path: string): string;
  newValid: string;
  newInvalid: string;
  nextSteps(id: string): string;

  importUsage: string;
  fileMissing(path: string): string;
  emptyFile: string;
  cellCount(cells: number, header: number): string;
  unknownColumn(column: string): string;
  missingColumn(column: string): string;
  noPlace: string;
  unknownPlaceName(name: string): string;
  regionMismatch(regionId: string, place: string, actual: string): string;
  badFigure(text: string): string;
  needsBoth: string;
  needsTitle(lang: string): string;
  duplicateInFile(id: string, row: number): string;
  importFailed(problems: number, rows: number): string;
  imported(n: number): string;
}

const en: CliText = {
  counted: (e, t, s, p, h) => `${e} events, ${t} translations, ${s} sources, ${p} places, ${h} people records`,
  valid: (counted, ms) => `✓ content is valid: ${counted} (${ms} ms)`,
  problems: (n, counted, ms) => `\n✗ ${n} problem${n === 1 ? '' : 's'} found (${counted} read in ${ms} ms)`,
  archived: (a, n, p) => `archived copies: ${a} of ${n} sources with a public address (${p}%); npm run archive records the rest`,

  newIntro: 'A new entry. Answer each question and press Enter; nothing is written before the last answer. Ctrl+C stops.',
  askDate: 'Date of the event, local at the place (YYYY-MM-DD)',
  askTime: 'Local time (HH:mm)',
  askPlace: 'Place: its id or its name (e.g. almaty, Zhanaozen)',
  askType: 'Type: a number or a name from the list',
  askTitle: 'Title (one line)',
  askSummary: 'Summary: one or two plain sentences, at most 300 characters',
  askSources: 'Sources: ids from content/sources/ separated by commas, or "new" to add a source record',
  askBody: 'The account: what the sources say, in a paragraph (you can write more in the file afterwards)',
  askSourceId: 'New source: its id, lower-case words joined by hyphens (e.g. rferl-2022-01-06-almaty)',
  askSourceTitle: 'Title of the source, in its own language',
  askSourcePublisher: 'Publisher (a newspaper, an NGO, a ministry — never a private witness)',
  askSourcePublished: 'Date of publication (YYYY-MM-DD)',
  askSourceKind: 'Kind of source: a number or a name from the list',
  askSourceUrl: 'Its https address',
  askSourceLang: 'Language of the source (two letters: ru, kk, en…)',
  optional: 'optional, Enter to skip',
  tryAgain: 'Please answer again.',
  unknownPlace: (v, s) => `There is no place "${v}" in content/places.yaml.${s.length ? ` Did you mean: ${s.join(', ')}?` : ' Add it to content/places.yaml first, or choose a wider place (the region or the country).'}`,
  unknownSource: (v, s) => `There is no source "${v}" in content/sources/.${s.length ? ` Did you mean: ${s.join(', ')}?` : ' Answer "new" to add it.'}`,
  badDate: (v) => `"${v}" is not a date: write YYYY-MM-DD, e.g. 2022-01-05`,
  badTime: (v) => `"${v}" is not a time: write HH:mm, e.g. 16:37`,
  notInList: (v) => `"${v}" is not in the list`,
  missingAnswers: (flags) => `Missing answers: give ${flags.join(', ')} (or run without them to be asked).`,
  entryExists: (id, path) => `An entry "${id}" already exists (${path}); nothing was written. Ids are permanent: edit that file, or choose other words for the id with --slug.`,
  sourceExists: (id, path) => `A source "${id}" already exists (${path}); nothing was written. Cite it by its id instead, or choose another id.`,
  refused: 'Nothing was written. Fix the answers above and run the command again.',
  wrote: (path) => `wrote ${path}`,
  newValid: '✓ the new entry is valid.',
  newInvalid: '✗ the new files have problems: fix them, then run npm run validate.',
  nextSteps: (id) => `Next: read the file, add the account and figures, run npm run validate, then open a pull request with content/events/${id}/ (see CONTRIBUTING.md).`,

  importUsage: 'Usage: npm run import -- file.csv [--lang kk|ru|en]. The columns are those of /data/events.csv (see CONTRIBUTING.md).',
  fileMissing: (path) => `No such file: ${path}`,
  emptyFile: 'the file has a header but no rows',
  cellCount: (c, h) => `this row has ${c} cells, the header has ${h}`,
  unknownColumn: (c) => `unknown column "${c}" (the columns are those of /data/events.csv; check the spelling or remove it)`,
  missingColumn: (c) => `the column "${c}" is required`,
  noPlace: 'give place_id (or the place name in the place column)',
  unknownPlaceName: (n) => `no place is named "${n}" in content/places.yaml: give its place_id`,
  regionMismatch: (r, p, a) => `region_id "${r}" does not match place "${p}", which is in "${a}"`,
  badFigure: (t) => `"${t}" is not a figure: write e.g. "killed 225 people (cumulative, as of 2022-01-15, source tass-2022-01-15)"`,
  needsBoth: 'give both latitude and longitude, or neither',
  needsTitle: (l) => `the entry's language is ${l}: title_${l} and summary_${l} are required`,
  duplicateInFile: (id, row) => `the id "${id}" is also produced by row ${row}: fill the id column to tell them apart`,
  importFailed: (p, r) => `\n✗ ${p} problem${p === 1 ? '' : 's'} in ${r} row${r === 1 ? '' : 's'}: nothing was written.`,
  imported: (n) => `✓ ${n} draft entr${n === 1 ? 'y' : 'ies'} written (draft: true). Review each one, complete it, then remove draft.`,
};

const ruText: CliText = {
  counted: (e, t, s, p, h) =>
    `${ru(e, 'событие', 'события', 'событий')}, ${ru(t, 'перевод', 'перевода', 'переводов')}, ${ru(s, 'источник', 'источника', 'источников')}, ${ru(p, 'место', 'места', 'мест')}, ${ru(h, 'запись о человеке', 'записи о людях', 'записей о людях')}`,
  valid: (counted, ms) => `✓ содержимое без ошибок: ${counted} (${ms} мс)`,
  problems: (n, counted, ms) => `\n✗ найдено: ${ru(n, 'проблема', 'проблемы', 'проблем')} (прочитано: ${counted}, за ${ms} мс)`,
  archived: (a, n, p) => `архивные копии: источников с публичным адресом — ${n}, с записанной копией — ${a} (${p} %); остальные записывает npm run archive`,

  newIntro: 'Новая запись. Отвечайте на вопросы и нажимайте Enter; до последнего ответа ничего не записывается. Ctrl+C — прервать.',
  askDate: 'Дата события, местная для места события (ГГГГ-ММ-ДД)',
  askTime: 'Местное время (ЧЧ:мм)',
  askPlace: 'Место: его id или название (например, almaty, Жанаозен)',
  askType: 'Тип: номер или название из списка',
  askTitle: 'Заголовок (одна строка)',
  askSummary: 'Краткое содержание: одно-два простых предложения, не более 300 символов',
  askSources: 'Источники: id из content/sources/ через запятую, или «new», чтобы добавить запись об источнике',
  askBody: 'Изложение: что говорят источники, одним абзацем (дописать можно потом в файле)',
  askSourceId: 'Новый источник: его id, строчные латинские слова через дефис (например, rferl-2022-01-06-almaty)',
  askSourceTitle: 'Название источника на его языке',
  askSourcePublisher: 'Издатель (газета, НКО, министерство — никогда не частный свидетель)',
  askSourcePublished: 'Дата публикации (ГГГГ-ММ-ДД)',
  askSourceKind: 'Вид источника: номер или название из списка',
  askSourceUrl: 'Его адрес https',
  askSourceLang: 'Язык источника (две буквы: ru, kk, en…)',
  optional: 'необязательно, Enter — пропустить',
  tryAgain: 'Ответьте ещё раз.',
  unknownPlace: (v, s) => `В content/places.yaml нет места «${v}».${s.length ? ` Возможно, вы имели в виду: ${s.join(', ')}?` : ' Сначала добавьте его в content/places.yaml или выберите более широкое место (область или страну).'}`,
  unknownSource: (v, s) => `В content/sources/ нет источника «${v}».${s.length ? ` Возможно, вы имели в виду: ${s.join(', ')}?` : ' Ответьте «new», чтобы добавить его.'}`,
  badDate: (v) => `«${v}» — не дата: пишите ГГГГ-ММ-ДД, например 2022-01-05`,
  badTime: (v) => `«${v}» — не время: пишите ЧЧ:мм, например 16:37`,
  notInList: (v) => `«${v}» нет в списке`,
  missingAnswers: (flags) => `Не хватает ответов: укажите ${flags.join(', ')} (или запустите без них, чтобы ответить на вопросы).`,
  entryExists: (id, path) => `Запись «${id}» уже существует (${path}); ничего не записано. Id не меняются: исправьте тот файл или выберите другие слова для id с помощью --slug.`,
  sourceExists: (id, path) => `Источник «${id}» уже существует (${path}); ничего не записано. Сошлитесь на него по id или выберите другой id.`,
  refused: 'Ничего не записано. Исправьте ответы выше и запустите команду снова.',
  wrote: (path) => `записан ${path}`,
  newValid: '✓ новая запись без ошибок.',
  newInvalid: '✗ в новых файлах есть ошибки: исправьте их и запустите npm run validate.',
  nextSteps: (id) => `Дальше: прочитайте файл, допишите изложение и цифры, запустите npm run validate и откройте pull request с content/events/${id}/ (см. CONTRIBUTING.ru.md).`,

  importUsage: 'Использование: npm run import -- файл.csv [--lang kk|ru|en]. Столбцы — как в /data/events.csv (см. CONTRIBUTING.ru.md).',
  fileMissing: (path) => `Нет такого файла: ${path}`,
  emptyFile: 'в файле есть заголовок, но нет строк',
  cellCount: (c, h) => `в этой строке ячеек: ${c}, а в заголовке: ${h}`,
  unknownColumn: (c) => `неизвестный столбец «${c}» (столбцы — как в /data/events.csv; проверьте написание или удалите его)`,
  missingColumn: (c) => `нужен столбец «${c}»`,
  noPlace: 'укажите place_id (или название места в столбце place)',
  unknownPlaceName: (n) => `в content/places.yaml нет места с названием «${n}»: укажите его place_id`,
  regionMismatch: (r, p, a) => `region_id «${r}» не совпадает с местом «${p}», которое находится в «${a}»`,
  badFigure: (t) => `«${t}» — не цифра: пишите, например, «killed 225 people (cumulative, as of 2022-01-15, source tass-2022-01-15)»`,
  needsBoth: 'укажите и широту, и долготу, или ни одну из них',
  needsTitle: (l) => `язык записи — ${l}: нужны title_${l} и summary_${l}`,
  duplicateInFile: (id, row) => `тот же id «${id}» получается и в строке ${row}: заполните столбец id, чтобы их различить`,
  importFailed: (p, r) => `\n✗ ${ru(p, 'проблема', 'проблемы', 'проблем')} в строках: ${r}; ничего не записано.`,
  imported: (n) => `✓ записано черновиков: ${n} (draft: true). Проверьте и дополните каждый, затем уберите draft.`,
};

const kk: CliText = {
  counted: (e, t, s, p, h) => `${e} оқиға, ${t} аударма, ${s} дереккөз, ${p} орын, адамдар туралы ${h} жазба`,
  valid: (counted, ms) => `✓ мазмұнда қате жоқ: ${counted} (${ms} мс)`,
  problems: (n, counted, ms) => `\n✗ ${n} қате табылды (оқылғаны: ${counted}, ${ms} мс)`,
  archived: (a, n, p) => `мұрағат көшірмелері: жария мекенжайы бар дереккөздер — ${n}, көшірмесі жазылғаны — ${a} (${p}%); қалғанын npm run archive жазады`,

  newIntro: 'Жаңа жазба. Әр сұраққа жауап беріп, Enter басыңыз; соңғы жауапқа дейін ештеңе жазылмайды. Ctrl+C — тоқтату.',
  askDate: 'Оқиға болған күн, сол жердің жергілікті уақытымен (ЖЖЖЖ-АА-КК)',
  askTime: 'Жергілікті уақыт (СС:мм)',
  askPlace: 'Орны: оның идентификаторы немесе атауы (мысалы, almaty, Жаңаөзен)',
  askType: 'Түрі: тізімдегі нөмір немесе атау',
  askTitle: 'Тақырып (бір жол)',
  askSummary: 'Қысқаша мазмұны: бір-екі қарапайым сөйлем, ең көбі 300 таңба',
  askSources: 'Дереккөздер: content/sources/ ішіндегі идентификаторлар үтір арқылы, немесе жаңа дереккөз қосу үшін «new»',
  askBody: 'Баяндау: дереккөздер не дейді, бір абзацпен (кейін файлда толықтыруға болады)',
  askSourceId: 'Жаңа дереккөз: оның идентификаторы, дефиспен жалғанған кіші латын әріпті сөздер (мысалы, rferl-2022-01-06-almaty)',
  askSourceTitle: 'Дереккөздің өз тіліндегі атауы',
  askSourcePublisher: 'Жариялаушы (газет, ҮЕҰ, министрлік — ешқашан жеке куәгер емес)',
  askSourcePublished: 'Жарияланған күні (ЖЖЖЖ-АА-КК)',
  askSourceKind: 'Дереккөз түрі: тізімдегі нөмір немесе атау',
  askSourceUrl: 'Оның https мекенжайы',
  askSourceLang: 'Дереккөздің тілі (екі әріп: ru, kk, en…)',
  optional: 'міндетті емес, өткізіп жіберу үшін Enter',
  tryAgain: 'Қайта жауап беріңіз.',
  unknownPlace: (v, s) => `content/places.yaml ішінде «${v}» деген орын жоқ.${s.length ? ` Мүмкін, мынау шығар: ${s.join(', ')}?` : ' Алдымен оны content/places.yaml файлына қосыңыз немесе кеңірек орынды (облысты не елді) таңдаңыз.'}`,
  unknownSource: (v, s) => `content/sources/ ішінде «${v}» деген дереккөз жоқ.${s.length ? ` Мүмкін, мынау шығар: ${s.join(', ')}?` : ' Оны қосу үшін «new» деп жауап беріңіз.'}`,
  badDate: (v) => `«${v}» күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2022-01-05`,
  badTime: (v) => `«${v}» уақыт емес: СС:мм түрінде жазыңыз, мысалы 16:37`,
  notInList: (v) => `«${v}» тізімде жоқ`,
  missingAnswers: (flags) => `Жауаптар жетіспейді: ${flags.join(', ')} көрсетіңіз (немесе сұрақтарға жауап беру үшін оларсыз іске қосыңыз).`,
  entryExists: (id, path) => `«${id}» жазбасы бұрыннан бар (${path}); ештеңе жазылмады. Идентификатор өзгермейді: сол файлды түзетіңіз немесе --slug арқылы идентификаторға басқа сөздер таңдаңыз.`,
  sourceExists: (id, path) => `«${id}» дереккөзі бұрыннан бар (${path}); ештеңе жазылмады. Оған идентификаторы арқылы сілтеме жасаңыз немесе басқа идентификатор таңдаңыз.`,
  refused: 'Ештеңе жазылмады. Жоғарыдағы жауаптарды түзетіп, команданы қайта іске қосыңыз.',
  wrote: (path) => `жазылды: ${path}`,
  newValid: '✓ жаңа жазбада қате жоқ.',
  newInvalid: '✗ жаңа файлдарда қателер бар: оларды түзетіп, npm run validate іске қосыңыз.',
  nextSteps: (id) => `Әрі қарай: файлды оқып шығыңыз, баяндау мен сандарды толықтырыңыз, npm run validate іске қосыңыз, содан кейін content/events/${id}/ бумасымен pull request ашыңыз (CONTRIBUTING.kk.md қараңыз).`,

  importUsage: 'Қолданылуы: npm run import -- файл.csv [--lang kk|ru|en]. Бағандар /data/events.csv файлындағыдай (CONTRIBUTING.kk.md қараңыз).',
  fileMissing: (path) => `Мұндай файл жоқ: ${path}`,
  emptyFile: 'файлда тақырып жолы бар, бірақ жолдар жоқ',
  cellCount: (c, h) => `бұл жолда ${c} ұяшық, ал тақырып жолында ${h}`,
  unknownColumn: (c) => `белгісіз баған «${c}» (бағандар /data/events.csv файлындағыдай; жазылуын тексеріңіз немесе алып тастаңыз)`,
  missingColumn: (c) => `«${c}» бағаны қажет`,
  noPlace: 'place_id көрсетіңіз (немесе place бағанына орынның атауын жазыңыз)',
  unknownPlaceName: (n) => `content/places.yaml ішінде «${n}» деп аталатын орын жоқ: оның place_id мәнін көрсетіңіз`,
  regionMismatch: (r, p, a) => `region_id «${r}» «${p}» орнына сәйкес емес, ол «${a}» ішінде`,
  badFigure: (t) => `«${t}» сан емес: мысалы, «killed 225 people (cumulative, as of 2022-01-15, source tass-2022-01-15)» деп жазыңыз`,
  needsBoth: 'ендікті де, бойлықты да көрсетіңіз, немесе екеуін де көрсетпеңіз',
  needsTitle: (l) => `жазбаның тілі — ${l}: title_${l} және summary_${l} қажет`,
  duplicateInFile: (id, row) => `дәл осы «${id}» идентификаторы ${row}-жолдан да шығады: оларды ажырату үшін id бағанын толтырыңыз`,
  importFailed: (p, r) => `\n✗ ${r} жолда ${p} қате: ештеңе жазылмады.`,
  imported: (n) => `✓ ${n} жоба жазба жазылды (draft: true). Әрқайсысын тексеріп, толықтырыңыз, содан кейін draft өрісін алып тастаңыз.`,
};

export const CLI_TEXT: Record<Lang, CliText> = { en, ru: ruText, kk };
