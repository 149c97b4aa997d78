/**
 * How a person is named on a page: the published name where the record has a publication basis,
 * otherwise a description by age, sex and place ("a 19-year-old man, Almaty"). The words come
 * from src/i18n/people; the grammar that differs by language (English a/an, Russian year forms)
 * is chosen here.
 */
import type { Lang } from '../schema/enums.ts';
import type { PlaceData } from '../schema/index.ts';
import type { UiKey } from '../i18n/index.ts';
import type { PersonRecord } from './people.ts';

type T = (key: UiKey, params?: Record<string, string | number>) => string;

/** English says "an 18-year-old", "an 80-year-old", "an 11-year-old". */
const anAge = (age: number) => /^(8|11|18|8\d)$/.test(String(age));

export function describePerson(p: PersonRecord, lang: Lang, t: T, places: Map<string, PlaceData>): string {
  const d = p.data;
  const minor = d.minor || (typeof d.age === 'number' ? d.age < 18 : d.age ? d.age.max < 18 : false);
  const person = t(`people.person.${minor ? 'minor.' : ''}${d.sex ?? 'unknown'}` as UiKey);
  let text: string;
  if (typeof d.age === 'number') {
    const age = t('people.years', { n: d.age });
    text = t(lang === 'en' && anAge(d.age) ? 'people.describe.ageAn' : 'people.describe.age', { age, person });
  } else if (d.age) text = t('people.describe.range', { min: d.age.min, max: d.age.max, person });
  else text = t('people.describe.noAge', { person });
  const placeId = d.from ?? p.places[0];
  const place = placeId ? places.get(placeId)?.name[lang] : undefined;
  return place ? `${text}, ${place}` : text;
}

/** The name to show, in the page's language, or undefined when the record has no basis. */
export function shownName(p: PersonRecord, lang: Lang): string | undefined {
  return p.named ? p.data.name?.[lang] : undefined;
}

/**
 * Every published spelling of a name (kk, ru, en, then the variants), none twice; none at all when the
 * record has no publication basis. The person's page lists them and search finds the page by each.
 */
export function nameSpellings(p: PersonRecord): string[] {
  const name = p.named ? p.data.name : undefined;
  return name ? [...new Set([name.kk, name.ru, name.en, ...name.variants])] : [];
}

/** The heading of a record: its name, or its description with the first letter capitalised. */
export function personLabel(p: PersonRecord, lang: Lang, t: T, places: Map<string, PlaceData>): string {
  const name = shownName(p, lang);
  if (name) return name;
  const text = describePerson(p, lang, t, places);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
