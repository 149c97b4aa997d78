/**
 * Publishers' names as readers of each language know them: "Радио Азаттык (RFE/RL)" is «Азаттық
 * радиосы» on a Kazakh page and Radio Azattyq on an English one, the UN rights office is УВКПЧ in
 * Russian. A source record keeps the name as the publisher gives it (`publisher`), which the data
 * files and citations reproduce; pages show the local form where one is established, and the
 * recorded name everywhere else.
 */
import type { Lang } from '../schema/enums.ts';

type Names = Partial<Record<Lang, string>>;

const RFE_RL: Names = {
  kk: 'Азат Еуропа/Азаттық радиосы (RFE/RL)',
  ru: 'Радио Свободная Европа/Радио Свобода (RFE/RL)',
};
const AZATTYQ: Names = { kk: 'Азаттық радиосы (RFE/RL)', ru: 'Радио Азаттык (RFE/RL)', en: 'Radio Azattyq (RFE/RL)' };
const OHCHR: Names = {
  kk: 'БҰҰ-ның Адам құқықтары жөніндегі жоғарғы комиссарының басқармасы',
  ru: 'Управление Верховного комиссара ООН по правам человека (УВКПЧ)',
};

/** The recorded name (as in content/sources/) → its established forms in other languages. */
export const PUBLISHER_NAMES: Readonly<Record<string, Names>> = {
  'Radio Free Europe/Radio Liberty': RFE_RL,
  'Радио Азаттык (RFE/RL)': AZATTYQ,
  'Радио Азаттык': { kk: 'Азаттық радиосы', en: 'Radio Azattyq' },
  'International Foundation for Freedom of Speech Protection "Adil Soz"': {
    kk: '«Әділ сөз» сөз бостандығын қорғау халықаралық қоры',
    ru: 'Международный фонд защиты свободы слова «Әділ сөз»',
  },
  Kazinform: { kk: 'ҚазАқпарат', ru: 'Казинформ' },
  TASS: { kk: 'ТАСС', ru: 'ТАСС' },
  ТАСС: { en: 'TASS' },
  Interfax: { kk: 'Интерфакс', ru: 'Интерфакс' },
  'Office of the UN High Commissioner for Human Rights (OHCHR)': OHCHR,
  'UN Office of the High Commissioner for Human Rights': OHCHR,
  'UN Human Rights Committee': {
    kk: 'БҰҰ-ның Адам құқықтары жөніндегі комитеті',
    ru: 'Комитет ООН по правам человека',
  },
  'Ministry of Foreign Affairs of the Republic of Kazakhstan': {
    kk: 'Қазақстан Республикасы Сыртқы істер министрлігі',
    ru: 'Министерство иностранных дел Республики Казахстан',
  },
  'Central Communications Service under the President of Kazakhstan': {
    kk: 'ҚР Президенті жанындағы Орталық коммуникациялар қызметі',
    ru: 'Служба центральных коммуникаций при Президенте Республики Казахстан',
  },
  'Committee to Protect Journalists': {
    kk: 'Журналистерді қорғау комитеті (CPJ)',
    ru: 'Комитет защиты журналистов (CPJ)',
  },
  'Kazakhstan International Bureau for Human Rights and Rule of Law': {
    kk: 'Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы',
    ru: 'Казахстанское международное бюро по правам человека и соблюдению законности',
  },
  'Coalition of NGOs of Kazakhstan against Torture': {
    kk: 'Қазақстанның азаптауға қарсы ҮЕҰ коалициясы',
    ru: 'Коалиция НПО Казахстана против пыток',
  },
  'European Parliament': { kk: 'Еуропалық парламент', ru: 'Европейский парламент' },
  'Sputnik Қазақстан': { ru: 'Sputnik Казахстан', en: 'Sputnik Kazakhstan' },
  Медиазона: { en: 'Mediazona' },
  'Новая газета': { en: 'Novaya Gazeta' },
  'Настоящее Время': { en: 'Current Time' },
  'Лента.ру': { en: 'Lenta.ru' },
};

/** The publisher's name on a page in `lang`: its local form where there is one, else as recorded. */
export function publisherName(publisher: string, lang: Lang): string {
  return PUBLISHER_NAMES[publisher]?.[lang] ?? publisher;
}
