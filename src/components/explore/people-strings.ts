/**
 * The UI strings the map's people layer needs in the browser, from the strict i18n tables: the
 * register's own terms for what happened, and the count templates with their plural forms.
 */
import { enumKey, type Translate } from '../../i18n/index.ts';
import { AGE_BANDS, PERSON_OUTCOMES, SEX, type AgeBand, type PersonOutcome } from '../../schema/enums.ts';

export interface PeopleStrings {
  label: string;
  inView: string;
  count: string;
  in: string;
  near: string;
  across: string;
  noPlace: string;
  unnamed: string;
  anonymous: string;
  outcome: Record<PersonOutcome, string>;
  counted: Record<PersonOutcome, string>;
  ageBand: Record<AgeBand, string>;
  sex: Record<(typeof SEX)[number], string>;
}

const table = <K extends string>(keys: readonly K[], f: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;

export function peopleStrings(t: Translate): PeopleStrings {
  return {
    label: t('map.people.label'),
    inView: t('map.people.inView'),
    count: t('map.people.count'),
    in: t('map.people.in'),
    near: t('map.people.near'),
    across: t('map.people.across'),
    noPlace: t('map.people.noPlace'),
    unnamed: t('map.people.unnamed'),
    anonymous: t('people.anonymous'),
    outcome: table(PERSON_OUTCOMES, (o) => t(enumKey('outcome', o))),
    counted: table(PERSON_OUTCOMES, (o) => t(enumKey('map.people', o))),
    ageBand: table(AGE_BANDS, (a) => t(enumKey('ageBand', a))),
    sex: table(SEX, (s) => t(enumKey('sex', s))),
  };
}
