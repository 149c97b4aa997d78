/**
 * Every message of the content checks (src/schema/*.ts, src/lib/content/*.ts, and zod's own
 * defaults that our schemas can still produce) in Kazakh and Russian, keyed by its English text.
 *
 * The English text is a template: `{{name}}` stands for a value that is copied as written (an
 * id, a path, a number); `{{name:kind}}` for a value that is itself translated (see PARAM_KINDS in
 * messages.ts): `msg` a nested message, `type` a zod type name, `unit` a size unit, `cmp` a
 * comparison, `word` a small word such as "none".
 *
 * When a message changes in the schema, change its key here: tests/unit/validate-lang.test.ts
 * reads the schema's source and fails on any message that has no translation.
 */
import type { Lang } from '../../schema/enums.ts';

export type Translations = Record<Exclude<Lang, 'en'>, string>;

export const CATALOGUE: Record<string, Translations> = {
  // src/schema/dates.ts
  'expected a date such as 2022-01-05 or "2022-01-05T16:37"': {
    ru: 'ожидается дата, например 2022-01-05 или "2022-01-05T16:37"',
    kk: 'күн жазылуы керек, мысалы 2022-01-05 немесе "2022-01-05T16:37"',
  },
  '"{{value}}" is not a date: write YYYY-MM-DD, "YYYY-MM-DDTHH:mm" or "YYYY-MM-DDTHH:mm+06:00" (in quotes when it has a time)': {
    ru: '"{{value}}" — не дата: пишите YYYY-MM-DD, "YYYY-MM-DDTHH:mm" или "YYYY-MM-DDTHH:mm+06:00" (в кавычках, если указано время)',
    kk: '"{{value}}" күн емес: YYYY-MM-DD, "YYYY-MM-DDTHH:mm" немесе "YYYY-MM-DDTHH:mm+06:00" түрінде жазыңыз (уақыты болса, тырнақшаға алыңыз)',
  },
  '"{{value}}" is not a day that exists': {
    ru: '"{{value}}" — такого дня не существует',
    kk: '"{{value}}" деген күн болмайды',
  },
  'expected a date such as 2022-01-05': {
    ru: 'ожидается дата, например 2022-01-05',
    kk: 'күн жазылуы керек, мысалы 2022-01-05',
  },
  '"{{value}}" is not a date: write YYYY-MM-DD (or YYYY-MM)': {
    ru: '"{{value}}" — не дата: пишите YYYY-MM-DD (или YYYY-MM)',
    kk: '"{{value}}" күн емес: YYYY-MM-DD (немесе YYYY-MM) түрінде жазыңыз',
  },

  // src/schema/event.ts
  'ids are lower-case ASCII letters, digits and hyphens': {
    ru: 'идентификатор состоит из строчных латинских букв, цифр и дефисов',
    kk: 'идентификатор кіші латын әріптерінен, цифрлардан және дефистерден тұрады',
  },
  'must not be empty': { ru: 'не может быть пустым', kk: 'бос болмауы керек' },
  'at most {{max}} characters': { ru: 'не более {{max}} символов', kk: 'ең көбі {{max}} таңба' },
  'plain text only: remove < and > (no HTML)': {
    ru: 'только простой текст: уберите < и > (без HTML)',
    kk: 'тек қарапайым мәтін: < және > белгілерін алып тастаңыз (HTML болмайды)',
  },
  'max must be at least min': { ru: 'max не может быть меньше min', kk: 'max мәні min мәнінен кем болмауы керек' },
  'latitude must be within Kazakhstan ({{min}}–{{max}})': {
    ru: 'широта должна быть в пределах Казахстана ({{min}}–{{max}})',
    kk: 'ендік Қазақстан аумағында болуы керек ({{min}}–{{max}})',
  },
  'longitude must be within Kazakhstan ({{min}}–{{max}})': {
    ru: 'долгота должна быть в пределах Казахстана ({{min}}–{{max}})',
    kk: 'бойлық Қазақстан аумағында болуы керек ({{min}}–{{max}})',
  },
  'at least one source is required': { ru: 'нужен хотя бы один источник', kk: 'кемінде бір дереккөз қажет' },
  'end {{end}} is before start {{start}}': {
    ru: 'конец {{end}} раньше начала {{start}}',
    kk: 'аяқталуы {{end}} басталуынан {{start}} ерте',
  },
  'source "{{id}}" is listed twice': { ru: 'источник "{{id}}" указан дважды', kk: '"{{id}}" дереккөзі екі рет көрсетілген' },
  '"{{source}}" is not among this entry\'s sources (add it to sources, or use one of: {{list:word}})': {
    ru: '"{{source}}" нет среди источников этой записи (добавьте его в sources или используйте один из: {{list}})',
    kk: '"{{source}}" бұл жазбаның дереккөздерінің арасында жоқ (оны sources тізіміне қосыңыз немесе мыналардың бірін алыңыз: {{list}})',
  },

  'a jpg, png or webp file name in the entry folder (lower-case, no spaces)': {
    ru: 'имя файла jpg, png или webp в папке записи (строчные буквы, без пробелов)',
    kk: 'жазба бумасындағы jpg, png немесе webp файлының атауы (кіші әріптер, бос орынсыз)',
  },
  'the 64-character hex sha256 of the file (run: sha256sum <file>)': {
    ru: 'sha256 файла: 64 шестнадцатеричных символа (выполните: sha256sum <файл>)',
    kk: 'файлдың sha256 мәні: 64 оналтылық таңба (орындаңыз: sha256sum <файл>)',
  },

  // src/schema/integrity.ts
  'duplicate place id "{{id}}" (first at item {{item}})': {
    ru: 'id места "{{id}}" повторяется (впервые в элементе {{item}})',
    kk: '"{{id}}" орын идентификаторы қайталанады (алғаш рет {{item}}-элементте)',
  },
  'a {{kind}} needs the id of its region': {
    ru: 'для места вида {{kind}} нужен id его области',
    kk: '{{kind}} түріндегі орынға оның облысының идентификаторы қажет',
  },
  '"{{region}}" is not a region in places.yaml': {
    ru: '"{{region}}" — не область в places.yaml',
    kk: '"{{region}}" places.yaml ішінде облыс емес',
  },
  'file name "{{id}}" must be lower-case ASCII words joined by hyphens': {
    ru: 'имя файла "{{id}}" должно состоять из строчных латинских слов через дефис',
    kk: '"{{id}}" файл атауы дефиспен жалғанған кіші латын әріпті сөздерден тұруы керек',
  },
  'duplicate source id "{{id}}" (also {{file}})': {
    ru: 'id источника "{{id}}" повторяется (также {{file}})',
    kk: '"{{id}}" дереккөз идентификаторы қайталанады (тағы {{file}})',
  },
  'duplicate event id "{{id}}" (also {{file}})': {
    ru: 'id события "{{id}}" повторяется (также {{file}})',
    kk: '"{{id}}" оқиға идентификаторы қайталанады (тағы {{file}})',
  },
  'folder name "{{id}}" must be YYYY-MM-DD-kebab-slug in lower-case ASCII': {
    ru: 'имя папки "{{id}}" должно иметь вид YYYY-MM-DD-slova-cherez-defis (строчные латинские буквы)',
    kk: '"{{id}}" бума атауы YYYY-MM-DD-sozder-defispen түрінде болуы керек (кіші латын әріптері)',
  },
  'start {{start}} does not match the date in the id ({{date}}): ids never change, so fix start or create a new entry': {
    ru: 'start {{start}} не совпадает с датой в id ({{date}}): id никогда не меняются, поэтому исправьте start или создайте новую запись',
    kk: 'start {{start}} идентификатордағы күнмен ({{date}}) сәйкес емес: идентификатор ешқашан өзгермейді, сондықтан start мәнін түзетіңіз немесе жаңа жазба ашыңыз',
  },
  'unknown place "{{place}}" (add it to content/places.yaml)': {
    ru: 'неизвестное место "{{place}}" (добавьте его в content/places.yaml)',
    kk: 'белгісіз орын "{{place}}" (оны content/places.yaml файлына қосыңыз)',
  },
  'unknown source "{{id}}" (add content/sources/{{file}}.md)': {
    ru: 'неизвестный источник "{{id}}" (добавьте content/sources/{{file}}.md)',
    kk: 'белгісіз дереккөз "{{id}}" (content/sources/{{file}}.md файлын қосыңыз)',
  },
  'corroborated needs sources from two or more publishers, found {{count}} (use reported)': {
    ru: 'для corroborated нужны источники не менее чем двух издателей, найдено {{count}} (укажите reported)',
    kk: 'corroborated үшін кемінде екі түрлі жариялаушының дереккөзі қажет, табылғаны: {{count}} (reported деп көрсетіңіз)',
  },
  'an entry cannot be related to itself': { ru: 'запись не может быть связана сама с собой', kk: 'жазба өзімен-өзі байланысты бола алмайды' },
  'unknown event "{{id}}"': { ru: 'неизвестное событие "{{id}}"', kk: 'белгісіз оқиға "{{id}}"' },
  'translation without content/events/{{id}}/index.md': {
    ru: 'перевод без content/events/{{id}}/index.md',
    kk: 'content/events/{{id}}/index.md файлы жоқ аударма',
  },
  'index.md is already in "{{lang}}": a translation file must be in another language': {
    ru: 'index.md уже на языке "{{lang}}": файл перевода должен быть на другом языке',
    kk: 'index.md "{{lang}}" тілінде жазылған: аударма файлы басқа тілде болуы керек',
  },
  'cannot be the file\'s own language "{{lang}}"': {
    ru: 'не может совпадать с языком самого файла "{{lang}}"',
    kk: 'файлдың өз тілі "{{lang}}" болмауы керек',
  },
  'duplicate translation {{key}}': { ru: 'перевод {{key}} повторяется', kk: '{{key}} аудармасы қайталанады' },

  // src/schema/place.ts
  '"{{value}}" is not an IANA time zone (e.g. Asia/Almaty, Asia/Aqtau, Asia/Oral)': {
    ru: '"{{value}}" — не часовой пояс IANA (например, Asia/Almaty, Asia/Aqtau, Asia/Oral)',
    kk: '"{{value}}" IANA уақыт белдеуі емес (мысалы, Asia/Almaty, Asia/Aqtau, Asia/Oral)',
  },

  // src/schema/source.ts
  'expected a full URL': { ru: 'ожидается полный URL', kk: 'толық URL жазылуы керек' },
  'must start with https://': { ru: 'должен начинаться с https://', kk: 'https:// деп басталуы керек' },
  'a two-letter language code such as ru, kk or en': {
    ru: 'двухбуквенный код языка, например ru, kk или en',
    kk: 'екі әріпті тіл коды, мысалы ru, kk немесе en',
  },
  'a testimony code such as T-2022-014': { ru: 'код свидетельства, например T-2022-014', kk: 'куәгер айғағының коды, мысалы T-2022-014' },
  'a testimony has no public URL: remove it (keep it with the alliance)': {
    ru: 'у свидетельства нет публичного URL: удалите его (он хранится у альянса)',
    kk: 'куәгер айғағының жария URL-і болмайды: оны алып тастаңыз (ол альянста сақталады)',
  },
  'a testimony never names its author: remove it': {
    ru: 'свидетельство никогда не называет автора: удалите его',
    kk: 'куәгер айғағы ешқашан авторын атамайды: оны алып тастаңыз',
  },
  'a testimony has no public archive copies: remove them': {
    ru: 'у свидетельства нет публичных архивных копий: удалите их',
    kk: 'куәгер айғағының жария мұрағат көшірмелері болмайды: оларды алып тастаңыз',
  },
  'a testimony needs a code such as T-2022-014': {
    ru: 'свидетельству нужен код, например T-2022-014',
    kk: 'куәгер айғағына код қажет, мысалы T-2022-014',
  },
  'a testimony needs a description that does not identify the witness': {
    ru: 'свидетельству нужно описание, по которому нельзя узнать свидетеля',
    kk: 'куәгер айғағына куәгерді анықтауға болмайтын сипаттама қажет',
  },
  'only a testimony has a code': { ru: 'код бывает только у свидетельства', kk: 'код тек куәгер айғағында болады' },
  'an online source needs its https URL (or set availability: removed / withheld)': {
    ru: 'доступному онлайн источнику нужен его https URL (или укажите availability: removed / withheld)',
    kk: 'желіде қолжетімді дереккөзге оның https URL-і қажет (немесе availability: removed / withheld деп көрсетіңіз)',
  },

  // src/schema/translation.ts
  'plain text only (no HTML)': { ru: 'только простой текст (без HTML)', kk: 'тек қарапайым мәтін (HTML болмайды)' },

  // src/lib/content/frontmatter.ts
  'the file must start with front matter between two "---" lines': {
    ru: 'файл должен начинаться с блока полей (front matter) между двумя строками "---"',
    kk: 'файл екі "---" жолының арасындағы өрістер блогынан (front matter) басталуы керек',
  },

  // src/lib/content/issues.ts
  'unknown field "{{key}}" (check the spelling, or remove it)': {
    ru: 'неизвестное поле "{{key}}" (проверьте написание или удалите его)',
    kk: 'белгісіз өріс "{{key}}" (жазылуын тексеріңіз немесе алып тастаңыз)',
  },
  '{{found}} is not allowed (allowed: {{values}})': {
    ru: '{{found}} — недопустимое значение (допустимые: {{values}})',
    kk: '{{found}} мәніне рұқсат жоқ (рұқсат етілгендері: {{values}})',
  },
  'required field is missing (expected {{expected:type}})': {
    ru: 'нет обязательного поля (ожидается {{expected}})',
    kk: 'міндетті өріс жоқ (күтілетіні: {{expected}})',
  },
  'expected {{expected:type}}, found {{found}}': {
    ru: 'ожидается {{expected}}, найдено {{found}}',
    kk: 'күтілетіні: {{expected}}, табылғаны: {{found}}',
  },
  '{{found}} is not valid here (expected a number, or { min, max })': {
    ru: '{{found}} здесь недопустимо (ожидается число или { min, max })',
    kk: '{{found}} мұнда жарамсыз (сан немесе { min, max } күтіледі)',
  },
  '{{message:msg}} (found {{found}})': { ru: '{{message}} (найдено {{found}})', kk: '{{message}} (табылғаны: {{found}})' },

  // src/lib/content/load.ts
  'YAML syntax error: {{detail}}': { ru: 'синтаксическая ошибка YAML: {{detail}}', kk: 'YAML синтаксис қатесі: {{detail}}' },
  'content/places.yaml is missing': { ru: 'нет файла content/places.yaml', kk: 'content/places.yaml файлы жоқ' },
  'places.yaml must be a list of places ("- id: …")': {
    ru: 'places.yaml должен быть списком мест ("- id: …")',
    kk: 'places.yaml орындар тізімі болуы керек ("- id: …")',
  },
  'content/sources/ holds only .md source records': {
    ru: 'в content/sources/ лежат только записи об источниках в файлах .md',
    kk: 'content/sources/ ішінде тек .md дереккөз жазбалары болады',
  },
  'entries are folders: content/events/<id>/index.md': {
    ru: 'каждая запись — это папка: content/events/<id>/index.md',
    kk: 'әр жазба — бума: content/events/<id>/index.md',
  },
  'missing index.md (the facts of the entry)': { ru: 'нет index.md (факты записи)', kk: 'index.md жоқ (жазбаның деректері)' },
  'SVG files can carry scripts and are not accepted: convert it to PNG or WebP': {
    ru: 'SVG-файлы могут содержать скрипты и не принимаются: преобразуйте файл в PNG или WebP',
    kk: 'SVG файлында скрипт болуы мүмкін, сондықтан ол қабылданбайды: PNG немесе WebP форматына айналдырыңыз',
  },
  'MDX is code and is not accepted in content: write index.md in plain Markdown': {
    ru: 'MDX — это код, в содержимом он не принимается: пишите index.md на обычном Markdown',
    kk: 'MDX — код, мазмұнда қабылданбайды: index.md файлын қарапайым Markdown-пен жазыңыз',
  },
  'unexpected file: an entry folder holds index.md, kk.md, ru.md, en.md and jpg/png/webp media': {
    ru: 'лишний файл: в папке записи лежат только index.md, kk.md, ru.md, en.md и изображения jpg/png/webp',
    kk: 'артық файл: жазба бумасында тек index.md, kk.md, ru.md, en.md және jpg/png/webp суреттері болады',
  },

  '"{{file}}" is not in the entry folder': {
    ru: '"{{file}}" нет в папке записи',
    kk: '"{{file}}" жазба бумасында жоқ',
  },
  'does not match {{file}} (its sha256 is {{actual}}): check that the file is the one reviewed': {
    ru: 'не совпадает с {{file}} (его sha256 — {{actual}}): проверьте, что это тот самый файл, который был проверен',
    kk: '{{file}} файлымен сәйкес емес (оның sha256 мәні — {{actual}}): бұл тексерілген файл екенін анықтаңыз',
  },
  'a media file not listed under media in index.md (add it with its sha256, alt text and credit)': {
    ru: 'медиафайл не указан в media в index.md (добавьте его с sha256, текстовым описанием и автором)',
    kk: 'медиа файл index.md ішіндегі media тізімінде жоқ (оны sha256 мәнімен, мәтіндік сипаттамасымен және авторымен қосыңыз)',
  },

  // src/lib/content/markdown-rules.ts
  'a <script> is not allowed in an entry: remove it': {
    ru: '<script> в записи запрещён: удалите его',
    kk: 'жазбада <script> болмайды: оны алып тастаңыз',
  },
  'embedded frames are not allowed: link to the page instead': {
    ru: 'встроенные фреймы запрещены: вместо этого дайте ссылку на страницу',
    kk: 'ендірілген фреймдерге болмайды: оның орнына бетке сілтеме беріңіз',
  },
  'event-handler attributes (onclick=, onerror=…) are not allowed': {
    ru: 'атрибуты-обработчики событий (onclick=, onerror=…) запрещены',
    kk: 'оқиға өңдегіш атрибуттарына (onclick=, onerror=…) тыйым салынған',
  },
  'javascript:, vbscript: and data: URLs are not allowed: use an https link': {
    ru: 'адреса javascript:, vbscript: и data: запрещены: используйте ссылку https',
    kk: 'javascript:, vbscript: және data: мекенжайларына тыйым салынған: https сілтемесін қолданыңыз',
  },
  'remote images are not allowed (they can track readers): add the file to the entry folder': {
    ru: 'внешние изображения запрещены (через них можно следить за читателями): положите файл в папку записи',
    kk: 'сыртқы суреттерге тыйым салынған (олар арқылы оқырмандарды аңдуға болады): файлды жазба бумасына салыңыз',
  },
  'raw HTML is not allowed: write Markdown only': {
    ru: 'HTML запрещён: пишите только на Markdown',
    kk: 'HTML-ге тыйым салынған: тек Markdown-пен жазыңыз',
  },
  'MDX import/export is not allowed in an entry': {
    ru: 'MDX import/export в записи запрещены',
    kk: 'жазбада MDX import/export болмайды',
  },
  'MDX {expressions} are not allowed: remove the braces': {
    ru: 'выражения MDX {…} запрещены: уберите фигурные скобки',
    kk: 'MDX {…} өрнектеріне тыйым салынған: фигуралы жақшаларды алып тастаңыз',
  },

  // zod's own English messages, for checks that set none (zod has no Kazakh locale)
  'Too small: expected {{origin:type}} to have {{cmp:cmp}}{{n}} {{unit:unit}}': {
    ru: 'слишком мало: нужно {{cmp}} {{n}} ({{unit}})',
    kk: 'тым аз: {{cmp}} {{n}} ({{unit}}) болуы керек',
  },
  'Too big: expected {{origin:type}} to have {{cmp:cmp}}{{n}} {{unit:unit}}': {
    ru: 'слишком много: допускается {{cmp}} {{n}} ({{unit}})',
    kk: 'тым көп: {{cmp}} {{n}} ({{unit}}) болуы керек',
  },
  'Too small: expected {{origin:type}} to be {{cmp:cmp}}{{n}}': {
    ru: 'слишком мало: значение должно быть {{cmp}} {{n}}',
    kk: 'тым аз: мәні {{cmp}} {{n}} болуы керек',
  },
  'Too big: expected {{origin:type}} to be {{cmp:cmp}}{{n}}': {
    ru: 'слишком много: значение должно быть {{cmp}} {{n}}',
    kk: 'тым көп: мәні {{cmp}} {{n}} болуы керек',
  },
  'Invalid input': { ru: 'недопустимое значение', kk: 'жарамсыз мән' },
  'Invalid URL': { ru: 'недопустимый URL', kk: 'жарамсыз URL' },
  'Invalid string: must match pattern {{pattern}}': {
    ru: 'строка не соответствует шаблону {{pattern}}',
    kk: 'жол {{pattern}} үлгісіне сәйкес емес',
  },
  'Invalid option: expected one of {{values}}': {
    ru: 'недопустимый вариант: ожидается один из {{values}}',
    kk: 'жарамсыз нұсқа: мыналардың бірі болуы керек: {{values}}',
  },
  'Invalid input: expected {{expected:type}}, received {{received:type}}': {
    ru: 'недопустимое значение: ожидается {{expected}}, получено {{received}}',
    kk: 'жарамсыз мән: күтілетіні: {{expected}}, алынғаны: {{received}}',
  },
  // src/schema/story.ts
  'plain text only: remove <, >, { and }': {
    ru: 'только простой текст: уберите <, >, { и }',
    kk: 'тек қарапайым мәтін: <, >, { және } белгілерін алып тастаңыз',
  },
  'name at least one place': { ru: 'укажите хотя бы одно место', kk: 'кемінде бір орынды көрсетіңіз' },
  'name the organisation that wrote it': { ru: 'укажите организацию, которая её написала', kk: 'оны жазған ұйымды көрсетіңіз' },
  'a story cites at least one entry': { ru: 'история ссылается хотя бы на одну запись', kk: 'баян кемінде бір жазбаға сілтеуі керек' },
  // src/lib/content/load.ts (stories)
  'stories are folders: content/stories/<id>/index.mdx': {
    ru: 'истории — это папки: content/stories/<id>/index.mdx',
    kk: 'баяндар қалта түрінде сақталады: content/stories/<id>/index.mdx',
  },
  'missing index.mdx (the story in its original language)': {
    ru: 'нет index.mdx (история на языке оригинала)',
    kk: 'index.mdx жоқ (баянның түпнұсқа тіліндегі мәтіні)',
  },
  'a story folder holds index.mdx and kk.mdx, ru.mdx, en.mdx only': {
    ru: 'в папке истории могут быть только index.mdx и kk.mdx, ru.mdx, en.mdx',
    kk: 'баян қалтасында тек index.mdx және kk.mdx, ru.mdx, en.mdx болады',
  },
  'index.mdx is already in "{{lang}}": a translation must be in another language': {
    ru: 'index.mdx уже на языке "{{lang}}": перевод должен быть на другом языке',
    kk: 'index.mdx қазірдің өзінде "{{lang}}" тілінде: аударма басқа тілде болуы керек',
  },
  // src/lib/content/mdx-rules.ts
  'import and export are not allowed in content MDX: our components are available without importing them': {
    ru: 'import и export в MDX контента запрещены: наши компоненты доступны без импорта',
    kk: 'контент MDX-інде import пен export-қа тыйым салынған: біздің компоненттер импортсыз қолжетімді',
  },
  '{expressions} are not allowed in content MDX: write the text itself (escape a brace as \\{ )': {
    ru: '{выражения} в MDX контента запрещены: напишите сам текст (фигурную скобку экранируйте как \\{ )',
    kk: 'контент MDX-інде {өрнектерге} тыйым салынған: мәтіннің өзін жазыңыз (жақшаны \\{ түрінде жазыңыз)',
  },
  'remote images are not allowed (they can track readers): use <Figure file="…"> with a file of the entry': {
    ru: 'внешние изображения запрещены (они могут следить за читателями): используйте <Figure file="…"> с файлом записи',
    kk: 'сыртқы суреттерге тыйым салынған (олар оқырманды бақылай алады): жазбаның файлымен <Figure file="…"> қолданыңыз',
  },
  'raw HTML is not allowed: write Markdown and our components only': {
    ru: 'HTML-разметка запрещена: пишите только Markdown и наши компоненты',
    kk: 'HTML белгілеуге тыйым салынған: тек Markdown және біздің компоненттерді жазыңыз',
  },
  '<{{name}}> is not one of the components content may use ({{list}})': {
    ru: '<{{name}}> не входит в число компонентов, доступных контенту ({{list}})',
    kk: '<{{name}}> контент қолдана алатын компоненттердің қатарында жоқ ({{list}})',
  },
  'a spread or expression attribute on <{{name}}> is not allowed: write each prop as name="text"': {
    ru: 'атрибут-выражение или spread у <{{name}}> запрещён: пишите каждое свойство как name="текст"',
    kk: '<{{name}}> элементіндегі өрнек не spread атрибутына тыйым салынған: әр қасиетті name="мәтін" түрінде жазыңыз',
  },
  '{{prop}}={…} on <{{name}}> is not allowed: props are literal text, {{prop2}}="…"': {
    ru: '{{prop}}={…} у <{{name}}> запрещено: свойства — это простой текст, {{prop2}}="…"',
    kk: '<{{name}}> элементіндегі {{prop}}={…} тыйым салынған: қасиеттер қарапайым мәтін болады, {{prop2}}="…"',
  },
  '<{{name}}> takes {{props}}, not "{{prop}}"': {
    ru: '<{{name}}> принимает {{props}}, а не "{{prop}}"',
    kk: '<{{name}}> {{props}} қасиеттерін қабылдайды, "{{prop}}" емес',
  },
  '{{prop}} on <{{name}}> needs a value: {{prop2}}="…"': {
    ru: 'у {{prop}} в <{{name}}> должно быть значение: {{prop2}}="…"',
    kk: '<{{name}}> элементіндегі {{prop}} мәні болуы керек: {{prop2}}="…"',
  },
  '{{prop}} on <{{name}}> holds a script URL: not allowed': {
    ru: '{{prop}} у <{{name}}> содержит адрес скрипта: это запрещено',
    kk: '<{{name}}> элементіндегі {{prop}} скрипт мекенжайын қамтиды: бұған тыйым салынған',
  },
  '<{{name}}> needs {{prop}}="…"': { ru: '<{{name}}> требует {{prop}}="…"', kk: '<{{name}}> үшін {{prop}}="…" қажет' },
  '<Step> needs event="<entry id>" or filter="<timeline query>"': {
    ru: '<Step> требует event="<id записи>" или filter="<запрос хроники>"',
    kk: '<Step> үшін event="<жазба id>" немесе filter="<шежіре сұранысы>" қажет',
  },
  'MDX could not be read: {{error}}': { ru: 'MDX не удалось прочитать: {{error}}', kk: 'MDX оқылмады: {{error}}' },
  // src/lib/content/story-check.ts
  'a second <Step {{step}}">: each step covers its own entry or filter; merge the two': {
    ru: 'второй <Step {{step}}">: у каждого шага своя запись или свой фильтр; объедините эти два шага',
    kk: 'екінші <Step {{step}}">: әр қадамның өз жазбасы не өз сүзгісі болады; екі қадамды біріктіріңіз',
  },
  '<{{name}} event="{{id}}">: no entry with this id in content/events/': {
    ru: '<{{name}} event="{{id}}">: в content/events/ нет записи с таким id',
    kk: '<{{name}} event="{{id}}">: content/events/ ішінде мұндай id-мен жазба жоқ',
  },
  '<{{name}} source="{{id}}">: no source with this id in content/sources/': {
    ru: '<{{name}} source="{{id}}">: в content/sources/ нет источника с таким id',
    kk: '<{{name}} source="{{id}}">: content/sources/ ішінде мұндай id-мен дереккөз жоқ',
  },
  '<{{name}} place="{{id}}">: no place with this id in content/places.yaml': {
    ru: '<{{name}} place="{{id}}">: в content/places.yaml нет места с таким id',
    kk: '<{{name}} place="{{id}}">: content/places.yaml ішінде мұндай id-мен орын жоқ',
  },
  '<{{name}} measure="{{value}}">: one of {{list}}': {
    ru: '<{{name}} measure="{{value}}">: одно из {{list}}',
    kk: '<{{name}} measure="{{value}}">: мына мәндердің бірі: {{list}}',
  },
  '<Step filter="{{filter}}"> matches no entry: check the ids and dates': {
    ru: '<Step filter="{{filter}}"> не находит ни одной записи: проверьте id и даты',
    kk: '<Step filter="{{filter}}"> бірде-бір жазбаны таппайды: id мен күндерді тексеріңіз',
  },
  'a paragraph that refers to no entry: a story states no fact of its own, so link the entry with <Ref event="…">…</Ref> or place the text in a <Step>': {
    ru: 'абзац не ссылается ни на одну запись: история не сообщает собственных фактов, поэтому сошлитесь на запись через <Ref event="…">…</Ref> или поместите текст в <Step>',
    kk: 'абзац бірде-бір жазбаға сілтемейді: баян өз бетінше дерек айтпайды, сондықтан жазбаға <Ref event="…">…</Ref> арқылы сілтеме беріңіз не мәтінді <Step> ішіне орналастырыңыз',
  },
  'the body uses "{{id}}": add it to events in the front matter': {
    ru: 'в тексте используется "{{id}}": добавьте его в events в заголовке',
    kk: 'мәтінде "{{id}}" қолданылады: оны тақырып бөліміндегі events тізіміне қосыңыз',
  },
  'events: no entry "{{id}}" in content/events/': {
    ru: 'events: в content/events/ нет записи "{{id}}"',
    kk: 'events: content/events/ ішінде "{{id}}" жазбасы жоқ',
  },
  'events lists "{{id}}", which the body never uses: remove it or refer to it': {
    ru: 'в events указано "{{id}}", но текст его не использует: удалите или сошлитесь на него',
    kk: 'events тізімінде "{{id}}" бар, бірақ мәтін оны қолданбайды: алып тастаңыз не оған сілтеме беріңіз',
  },
  'places: no place "{{id}}" in content/places.yaml': {
    ru: 'places: в content/places.yaml нет места "{{id}}"',
    kk: 'places: content/places.yaml ішінде "{{id}}" орны жоқ',
  },
};

/** Values inside messages that are words of the language, not data. */
export const PARAM_WORDS: Record<'type' | 'unit' | 'cmp' | 'word', Record<string, Translations>> = {
  type: {
    string: { ru: 'текст', kk: 'мәтін' },
    number: { ru: 'число', kk: 'сан' },
    boolean: { ru: 'true или false', kk: 'true немесе false' },
    object: { ru: 'набор полей', kk: 'өрістер жиыны' },
    array: { ru: 'список', kk: 'тізім' },
    date: { ru: 'дата', kk: 'күн' },
    undefined: { ru: 'ничего', kk: 'ештеңе' },
    value: { ru: 'значение', kk: 'мән' },
  },
  unit: {
    characters: { ru: 'символов', kk: 'таңба' },
    items: { ru: 'элементов', kk: 'элемент' },
    entries: { ru: 'записей', kk: 'жазба' },
    bytes: { ru: 'байт', kk: 'байт' },
  },
  cmp: {
    '>=': { ru: 'не меньше', kk: 'кемінде' },
    '>': { ru: 'больше', kk: '>' },
    '<=': { ru: 'не больше', kk: 'ең көбі' },
    '<': { ru: 'меньше', kk: '<' },
    'exactly ': { ru: 'ровно', kk: 'дәл' },
  },
  word: {
    none: { ru: 'нет', kk: 'жоқ' },
  },
};
