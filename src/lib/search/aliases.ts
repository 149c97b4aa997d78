/**
 * Other spellings of names readers search for, beyond the three names each place has in
 * content/places.yaml: the old and new names of cities, Latin transliterations, and the names of
 * people in the entries written as each language's press writes them. One group per name; every
 * spelling of a group finds what any other spelling finds.
 */

/** Extra spellings of a place, by its id in content/places.yaml. */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  almaty: ['Alma-Ata', 'Алма-Ата', 'Алма-Аты'],
  'nur-sultan': ['Astana', 'Астана'],
  zhanaozen: ['Janaozen', 'Zhanaozen', 'Zhanaozén'],
  aktau: ['Aqtau'],
  aktobe: ['Aqtobe', 'Актюбинск'],
  uralsk: ['Oral'],
  oskemen: ['Ust-Kamenogorsk', 'Öskemen'],
  kyzylorda: ['Qyzylorda'],
  karaganda: ['Karagandy', 'Qaragandy'],
  kostanay: ['Kostanai', 'Qostanay'],
  taldykorgan: ['Taldyqorgan'],
  semey: ['Semipalatinsk', 'Семипалатинск'],
};

/** People named in the entries, as the Kazakh, Russian and English press spell them. */
export const NAME_ALIASES: readonly (readonly string[])[] = [
  ['Tokayev', 'Tokaev', 'Тоқаев', 'Токаев'],
  ['Nazarbayev', 'Nazarbaev', 'Назарбаев'],
  ['Massimov', 'Masimov', 'Мәсімов', 'Масимов'],
];
