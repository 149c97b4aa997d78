/**
 * The register as readers and researchers see it: order, age bands, filters in the URL, the
 * anonymous description in three languages, and the exports' rule that a name (and its basis)
 * leaves the site only with a publication basis.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { personSchema, personTextSchema, type PlaceData } from '../../src/schema/index.ts';
import {
  ageBand,
  buildPeople,
  countByOutcome,
  matchesPerson,
  parsePeopleFilter,
  peopleByEvent,
  peopleFilterQuery,
  toFilterablePerson,
} from '../../src/lib/people.ts';
import { describePerson, nameSpellings, personLabel } from '../../src/lib/people-text.ts';
import { peopleCsv, peopleJson } from '../../src/lib/exports/people.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { ctx } from '../fixtures/exports-chronicle.ts';

const t = { kk: useTranslations('kk'), ru: useTranslations('ru'), en: useTranslations('en') };
const places = new Map<string, PlaceData>([
  [
    'almaty',
    {
      id: 'almaty',
      kind: 'city',
      name: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
      lat: 43.24,
      lon: 76.95,
      timezone: 'Asia/Almaty',
      region: 'almaty-city',
    } as PlaceData,
  ],
]);
const stmt = (what: string, date: string, extra: Record<string, unknown> = {}) => ({
  what,
  date,
  place: 'almaty',
  sources: [{ id: 'src-a' }],
  status: 'reported',
  ...extra,
});

const people = buildPeople({
  people: [
    {
      id: 'named-journalist',
      data: personSchema.parse({
        lang: 'en',
        name: { kk: 'Айбек Н.', ru: 'Айбек Н.', en: 'Aibek N.' },
        basis: { kind: 'public-figure', source: 'src-a', note: 'A journalist.' },
        age: 30,
        statements: [
          stmt('released', '2022-01-10', { detail: 'Freed.' }),
          stmt('detained', '2022-01-05', { detail: 'Held.', event: '2022-01-05-x' }),
        ],
      }),
    },
    {
      id: 'anon-man',
      data: personSchema.parse({
        lang: 'en',
        age: 19,
        sex: 'male',
        statements: [stmt('killed', '2022-01-06', { status: 'corroborated' })],
      }),
    },
    {
      id: 'anon-woman',
      data: personSchema.parse({
        lang: 'ru',
        age: 18,
        sex: 'female',
        statements: [stmt('injured', '2022-01-06', { status: 'disputed' })],
      }),
    },
    { id: 'draft', data: personSchema.parse({ lang: 'en', draft: true, statements: [stmt('killed', '2022-01-06')] }) },
  ],
  texts: [
    {
      personId: 'named-journalist',
      lang: 'ru',
      data: personTextSchema.parse({ details: ['Освобождён.', 'Задержан.'], translatedFrom: 'en', reviewed: false }),
    },
  ],
});

describe('the register', () => {
  it('leaves drafts out and orders records by the first thing that happened, statements by date', () => {
    expect(people.map((p) => p.id)).toEqual(['named-journalist', 'anon-man', 'anon-woman']);
    const j = people[0]!;
    expect(j.statements.map((s) => s.what)).toEqual(['detained', 'released']);
    // translated details follow the statements into date order
    expect(j.details.ru).toEqual(['Задержан.', 'Освобождён.']);
    expect(j.details.en).toEqual(['Held.', 'Freed.']);
  });

  it('names only records with a basis; a record is as sure as its weakest statement', () => {
    expect(people.map((p) => p.named)).toEqual([true, false, false]);
    expect(people.map((p) => p.status)).toEqual(['reported', 'corroborated', 'disputed']);
  });

  it('every published spelling of a name, once each, and none for a record without a basis', () => {
    expect(people.map(nameSpellings)).toEqual([['Айбек Н.', 'Aibek N.'], [], []]);
  });

  it('age bands: exact ages, ranges within a band, ranges across bands, minors', () => {
    expect([ageBand(17), ageBand(18), ageBand(29), ageBand(30), ageBand(60), ageBand(undefined)]).toEqual([
      'under-18',
      '18-29',
      '18-29',
      '30-44',
      '60-plus',
      'unknown',
    ]);
    expect(ageBand({ min: 20, max: 25 })).toBe('18-29');
    expect(ageBand({ min: 25, max: 35 })).toBe('unknown');
    expect(ageBand(undefined, true)).toBe('under-18');
  });

  it('counts by what happened, named and all', () => {
    expect(Object.fromEntries(countByOutcome(people))).toEqual({
      killed: { all: 1, named: 0 },
      injured: { all: 1, named: 0 },
      detained: { all: 1, named: 1 },
      released: { all: 1, named: 1 },
    });
    expect(
      peopleByEvent(people)
        .get('2022-01-05-x')
        ?.map((p) => p.id),
    ).toEqual(['named-journalist']);
  });

  it('filters read from and write to the URL; a place matches its region too', () => {
    const f = parsePeopleFilter(
      new URLSearchParams('what=killed,bogus&place=almaty-city&age=18-29&month=2022-01&status=corroborated'),
    );
    expect(f).toEqual({
      what: ['killed'],
      place: ['almaty-city'],
      age: ['18-29'],
      month: ['2022-01'],
      status: ['corroborated'],
    });
    expect(peopleFilterQuery(f)).toBe('what=killed&place=almaty-city&age=18-29&month=2022-01&status=corroborated');
    expect(people.filter((p) => matchesPerson(toFilterablePerson(p, places), f)).map((p) => p.id)).toEqual([
      'anon-man',
    ]);
    expect(
      people
        .filter((p) =>
          matchesPerson(toFilterablePerson(p, places), parsePeopleFilter(new URLSearchParams('what=detained,injured'))),
        )
        .map((p) => p.id),
    ).toEqual(['named-journalist', 'anon-woman']);
  });
});

describe('a record without a name reads by what is known', () => {
  const man = people[1]!;
  const woman = people[2]!;
  it.each([
    ['en', 'a 19-year-old man, Almaty', 'an 18-year-old woman, Almaty'],
    ['ru', 'мужчина, 19 лет, Алматы', 'женщина, 18 лет, Алматы'],
    ['kk', '19 жастағы ер адам, Алматы', '18 жастағы әйел, Алматы'],
  ] as const)('%s', (lang, a, b) => {
    expect(describePerson(man, lang, t[lang], places)).toBe(a);
    expect(describePerson(woman, lang, t[lang], places)).toBe(b);
  });
  it('Russian years agree with the number; a heading starts with a capital', () => {
    const aged = (age: number) =>
      buildPeople({
        people: [
          { id: 'x', data: personSchema.parse({ lang: 'en', age, statements: [stmt('killed', '2022-01-06')] }) },
        ],
        texts: [],
      })[0]!;
    expect([21, 22, 25].map((a) => describePerson(aged(a), 'ru', t.ru, places))).toEqual([
      'человек, 21 год, Алматы',
      'человек, 22 года, Алматы',
      'человек, 25 лет, Алматы',
    ]);
    expect(personLabel(man, 'en', t.en, places)).toBe('A 19-year-old man, Almaty');
    expect(personLabel(people[0]!, 'ru', t.ru, places)).toBe('Айбек Н.');
  });
});

describe('exports', () => {
  const file = peopleJson(ctx, people, t, { title: 'T', publisher: 'P' });
  it('JSON: a name, its basis and a page only with a publication basis', () => {
    expect(file.count).toBe(3);
    expect(file.named).toBe(1);
    const [named, man] = file.people;
    expect(named!.name?.en).toBe('Aibek N.');
    expect(named!.basis).toEqual({ kind: 'public-figure', source: 'src-a' });
    expect(named!.url?.ru).toBe('https://qantar.example/chronicle/ru/people/named-journalist/');
    expect(man!.name).toBeNull();
    expect(man!.basis).toBeNull();
    expect(man!.url).toBeNull();
    expect(man!.description.en).toBe('a 19-year-old man, Almaty');
  });
  it('CSV: one row per statement, read back by an independent parser; no name column filled without a basis', () => {
    const rows = parse(peopleCsv(ctx, people, t), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.id}:${r.what}`)).toEqual([
      'named-journalist:detained',
      'named-journalist:released',
      'anon-man:killed',
      'anon-woman:injured',
    ]);
    expect(rows.filter((r) => r.name_en || r.name_ru || r.name_kk).map((r) => r.id)).toEqual([
      'named-journalist',
      'named-journalist',
    ]);
  });
});
