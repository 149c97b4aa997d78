/**
 * The register of people as pages, exports and filters use it: each record with what happened in
 * order, its places and events, an age band, and how it may be shown. A name is shown only when the
 * record has a publication basis; otherwise the record is described by what happened ("a 19-year-old
 * man, Almaty") and gets no page of its own. Pure: no Astro imports.
 */
import type { PersonData, PersonStatement, PersonTextData, PlaceData } from '../schema/index.ts';
import {
  AGE_BANDS,
  PERSON_OUTCOMES,
  STATUS,
  type AgeBand,
  type Lang,
  type PersonOutcome,
  type Status,
} from '../schema/enums.ts';

export interface PersonRecord {
  id: string;
  data: PersonData;
  /** Statements in date order (the file's order among equal dates). */
  statements: PersonStatement[];
  /** Statement details in each language that has them, in the order of `statements`. */
  details: Partial<Record<Lang, (string | undefined)[]>>;
  /** Which languages have a translation, and whether it was reviewed. */
  texts: Partial<Record<Lang, { reviewed: boolean; translatedFrom: Lang }>>;
  named: boolean;
  outcomes: PersonOutcome[];
  /** Place ids of the statements (deduplicated, in order). */
  places: string[];
  /** The months (YYYY-MM) of the statements. */
  months: string[];
  ageBand: AgeBand;
  /** The least certain status among the statements: a record is as sure as its weakest line. */
  status: Status;
  events: string[];
}

export interface PeopleInput {
  people: { id: string; data: PersonData }[];
  texts: { personId: string; lang: string; data: PersonTextData }[];
  drafts?: boolean;
}

export function ageBand(age: PersonData['age'], minor = false): AgeBand {
  if (minor) return 'under-18';
  if (age === undefined) return 'unknown';
  const lo = typeof age === 'number' ? age : age.min;
  const hi = typeof age === 'number' ? age : age.max;
  const band = (a: number): AgeBand =>
    a < 18 ? 'under-18' : a < 30 ? '18-29' : a < 45 ? '30-44' : a < 60 ? '45-59' : '60-plus';
  // a range across two bands says only what both ends agree on
  return band(lo) === band(hi) ? band(lo) : 'unknown';
}

const STATUS_ORDER: Status[] = ['disputed', 'reported', 'corroborated', 'verified'];

export function buildPeople(input: PeopleInput): PersonRecord[] {
  const textsBy = new Map<string, PeopleInput['texts']>();
  for (const t of input.texts) textsBy.set(t.personId, [...(textsBy.get(t.personId) ?? []), t]);
  return input.people
    .filter((p) => input.drafts || !p.data.draft)
    .map(({ id, data }) => {
      const order = data.statements
        .map((s, i) => ({ s, i }))
        .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.i - b.i);
      const statements = order.map((o) => o.s);
      const details: PersonRecord['details'] = { [data.lang]: statements.map((s) => s.detail) };
      const texts: PersonRecord['texts'] = {};
      for (const t of textsBy.get(id) ?? []) {
        const lang = t.lang as Lang;
        texts[lang] = { reviewed: t.data.reviewed, translatedFrom: t.data.translatedFrom };
        if (t.data.details.length) details[lang] = order.map((o) => t.data.details[o.i] || undefined);
      }
      const uniq = <T>(xs: T[]) => [...new Set(xs)];
      return {
        id,
        data,
        statements,
        details,
        texts,
        named: Boolean(data.name && data.basis),
        outcomes: PERSON_OUTCOMES.filter((o) => statements.some((s) => s.what === o)),
        places: uniq(statements.flatMap((s) => (s.place ? [s.place] : []))),
        months: uniq(statements.map((s) => s.date.slice(0, 7))),
        ageBand: ageBand(data.age, data.minor),
        status: STATUS_ORDER.find((st) => statements.some((s) => s.status === st)) ?? 'reported',
        events: uniq(statements.flatMap((s) => (s.event ? [s.event] : []))),
      };
    })
    .sort(
      (a, b) => (a.statements[0]?.date ?? '').localeCompare(b.statements[0]?.date ?? '') || a.id.localeCompare(b.id),
    );
}

/** The people linked to each event, for the entry pages. */
export function peopleByEvent(people: readonly PersonRecord[]): Map<string, PersonRecord[]> {
  const out = new Map<string, PersonRecord[]>();
  for (const p of people) for (const e of p.events) out.set(e, [...(out.get(e) ?? []), p]);
  return out;
}

/** The filter of the register, kept in the URL query like the timeline's. */
export interface PeopleFilter {
  what: PersonOutcome[];
  place: string[];
  age: AgeBand[];
  month: string[];
  status: Status[];
}

export const PEOPLE_FILTER_KEYS = ['what', 'place', 'age', 'month', 'status'] as const;

export function parsePeopleFilter(query: URLSearchParams): PeopleFilter {
  const list = (key: string, allowed?: readonly string[]) =>
    (query.get(key) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v && (!allowed || allowed.includes(v)));
  return {
    what: list('what', PERSON_OUTCOMES) as PersonOutcome[],
    place: list('place'),
    age: list('age', AGE_BANDS) as AgeBand[],
    month: list('month').filter((m) => /^\d{4}-\d{2}$/.test(m)),
    status: list('status', STATUS) as Status[],
  };
}

export function peopleFilterQuery(f: PeopleFilter): string {
  const q = new URLSearchParams();
  for (const k of PEOPLE_FILTER_KEYS) if (f[k].length) q.set(k, f[k].join(','));
  return q.toString().replace(/%2C/g, ',');
}

/** What the register's rows carry for filtering in the browser. */
export interface FilterablePerson {
  outcomes: string[];
  /** Place ids and their regions. */
  places: string[];
  ageBand: string;
  months: string[];
  status: string;
}

export function matchesPerson(p: FilterablePerson, f: PeopleFilter): boolean {
  const any = (want: string[], have: string[]) => !want.length || want.some((w) => have.includes(w));
  return (
    any(f.what, p.outcomes) &&
    any(f.place, p.places) &&
    any(f.age, [p.ageBand]) &&
    any(f.month, p.months) &&
    any(f.status, [p.status])
  );
}

export function toFilterablePerson(p: PersonRecord, places: Map<string, PlaceData>): FilterablePerson {
  const withRegions = p.places.flatMap((id) => [id, ...(places.get(id)?.region ? [places.get(id)!.region!] : [])]);
  return {
    outcomes: p.outcomes,
    places: [...new Set(withRegions)],
    ageBand: p.ageBand,
    months: p.months,
    status: p.status,
  };
}

/** Counts of the register by what happened (a person counts once under each thing that happened to them). */
export function countByOutcome(people: PersonRecord[]): Map<PersonOutcome, { all: number; named: number }> {
  const out = new Map<PersonOutcome, { all: number; named: number }>();
  for (const o of PERSON_OUTCOMES) {
    const these = people.filter((p) => p.outcomes.includes(o));
    if (these.length) out.set(o, { all: these.length, named: these.filter((p) => p.named).length });
  }
  return out;
}

/** Sources a record cites (its statements' and its basis'), for the source pages and exports. */
export function citedSources(p: PersonRecord): string[] {
  return [
    ...new Set([
      ...p.statements.flatMap((s) => s.sources.map((c) => c.id)),
      ...(p.data.basis?.source ? [p.data.basis.source] : []),
    ]),
  ];
}
