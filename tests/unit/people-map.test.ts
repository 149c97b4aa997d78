/**
 * The people on the map: never finer than a city (a site becomes its city), one place and one
 * heading per person (the gravest of what happened that the filter chose), counts that add up to
 * the register's, and no name or id in the published file for a record without a publication basis.
 */
import { describe, expect, it } from 'vitest';
import { personSchema, type PlaceData } from '../../src/schema/index.ts';
import { buildPeople } from '../../src/lib/people.ts';
import {
  cityOf,
  countOutcomes,
  groupPeople,
  outcomesOf,
  parseOutcomes,
  peopleMapFile,
  placePerson,
  type MapPerson,
} from '../../src/lib/people-map.ts';

const place = (id: string, kind: PlaceData['kind'], lat: number, lon: number, region?: string) =>
  [id, { id, kind, lat, lon, region, timezone: 'Asia/Almaty', name: { kk: id, ru: id, en: id } } as PlaceData] as const;
const places = new Map<string, PlaceData>([
  place('kazakhstan', 'country', 48, 67),
  place('almaty-city', 'region', 43.24, 76.95),
  place('almaty-region', 'region', 45.02, 78.37),
  place('almaty', 'city', 43.24, 76.95, 'almaty-city'),
  place('taldykorgan', 'city', 45.02, 78.37, 'almaty-region'),
  place('kaskelen', 'town', 43.2, 76.62, 'almaty-region'),
  place('almaty-republic-square', 'site', 43.2383, 76.9453, 'almaty-city'),
  place('kaskelen-station', 'site', 43.21, 76.63, 'almaty-region'),
  place('nowhere-site', 'site', 47, 70, 'empty-region'),
]);

describe('city precision', () => {
  it('keeps a city, a town, a region and the country as they are', () => {
    for (const id of ['almaty', 'kaskelen', 'almaty-region', 'kazakhstan']) expect(cityOf(id, places)).toBe(id);
  });
  it('moves an Almaty site to Almaty city, never the site', () => {
    expect(cityOf('almaty-republic-square', places)).toBe('almaty');
  });
  it('moves a site to the nearest city of its region, not a nearer town', () => {
    expect(cityOf('kaskelen-station', places)).toBe('taldykorgan');
  });
  it('knows no place for an unknown id, no id, or a site whose region has no city', () => {
    expect(cityOf('atlantis', places)).toBeUndefined();
    expect(cityOf(undefined, places)).toBeUndefined();
    expect(cityOf('nowhere-site', places)).toBeUndefined();
  });
});

const stmt = (what: string, date: string, at?: string) => ({
  what,
  date,
  ...(at ? { place: at } : {}),
  sources: [{ id: 'src-a' }],
  status: 'reported',
});
const people = buildPeople({
  people: [
    {
      id: 'named-activist',
      data: personSchema.parse({
        lang: 'en',
        name: { kk: 'Айбек Н.', ru: 'Айбек Н.', en: 'Aibek N.' },
        basis: { kind: 'public-figure', source: 'src-a', note: 'An activist.' },
        statements: [
          stmt('detained', '2022-01-05', 'almaty-republic-square'),
          stmt('convicted', '2022-06-01', 'taldykorgan'),
        ],
      }),
    },
    {
      // a name without a basis: the validator refuses it, and the map file must never carry it
      id: 'secret-name-record',
      data: personSchema.parse({
        lang: 'en',
        name: { kk: 'Құпия Есім', ru: 'Тайное Имя', en: 'Secret Name' },
        age: 19,
        sex: 'male',
        statements: [stmt('detained', '2022-01-06', 'almaty'), stmt('killed', '2022-01-07', 'almaty')],
      }),
    },
    {
      id: 'a-19-year-old-man-almaty',
      data: personSchema.parse({
        lang: 'en',
        age: 40,
        sex: 'female',
        statements: [stmt('detained', '2022-01-06', 'almaty-region')],
      }),
    },
    {
      id: 'no-place-at-all',
      data: personSchema.parse({ lang: 'en', statements: [stmt('charged', '2022-02-01')] }),
    },
  ],
  texts: [],
});
const file = peopleMapFile(people, places);
const byPlace = new Map(file.places.map((p) => [p.id, p]));

describe('the published file', () => {
  it('has a name and an id only for a record with a publication basis', () => {
    const text = JSON.stringify(file);
    expect(file.people.filter((p) => p.name).map((p) => p.id)).toEqual(['named-activist']);
    for (const secret of ['Secret Name', 'Тайное Имя', 'Құпия Есім', 'secret-name-record', 'a-19-year-old-man-almaty'])
      expect(text).not.toContain(secret);
    expect(file.people.filter((p) => !p.name).every((p) => p.id === undefined)).toBe(true);
  });
  it('carries places at city precision at most, and age bands, not ages', () => {
    const places = file.people.flatMap((p) => p.what.map(([, at]) => at));
    expect(places).not.toContain('almaty-republic-square');
    expect(places).toContain('almaty');
    expect(JSON.stringify(file.people)).not.toMatch(/"age":\d/);
    expect(file.people.find((p) => p.sex === 'male')?.age).toBe('18-29');
  });
});

describe('placing and counting', () => {
  const named = file.people.find((p) => p.name)!;
  const secret = file.people.find((p) => p.sex === 'male')!;
  it('places a person at the gravest chosen outcome, and counts them as that', () => {
    expect(placePerson(secret, [], byPlace)).toMatchObject({ outcome: 'killed', place: 'almaty' });
    expect(placePerson(named, [], byPlace)).toMatchObject({ outcome: 'detained', place: 'almaty' });
    expect(placePerson(named, ['convicted'], byPlace)).toMatchObject({ outcome: 'convicted', place: 'taldykorgan' });
    expect(placePerson(named, ['killed'], byPlace)).toBeUndefined();
  });
  it('falls back to a less grave outcome for the place when the gravest has none', () => {
    const p: MapPerson = {
      age: 'unknown',
      what: [
        ['detained', 'almaty'],
        ['died-in-custody', ''],
      ],
    };
    expect(placePerson(p, [], byPlace)).toMatchObject({ outcome: 'died-in-custody', place: 'almaty' });
  });
  it('groups by city, lists regions and unknown places apart, and the counts add up', () => {
    const groups = groupPeople(file.people, [], byPlace);
    expect(groups.map((g) => [g.place, g.kind, g.people.length])).toEqual([
      ['almaty', 'point', 2],
      ['', 'none', 1],
      ['almaty-region', 'area', 1],
    ]);
    expect(groups[0]!.counts).toEqual([
      ['killed', 1],
      ['detained', 1],
    ]);
    expect(groups[0]!.people[0]!.person.name?.en).toBe('Aibek N.');
    expect(groups.reduce((n, g) => n + g.people.length, 0)).toBe(people.length);
    for (const g of groups) expect(g.counts.reduce((n, [, c]) => n + c, 0)).toBe(g.people.length);
  });
  it('with a filter, shows exactly the people the register shows for it', () => {
    const detained = groupPeople(file.people, ['detained'], byPlace);
    expect(detained.reduce((n, g) => n + g.people.length, 0)).toBe(
      people.filter((p) => p.outcomes.includes('detained')).length,
    );
    expect(countOutcomes(detained.flatMap((g) => g.people))).toEqual([['detained', 3]]);
  });
  it('offers the outcomes that occur, and reads them from the URL', () => {
    expect(outcomesOf(file.people)).toEqual(['killed', 'detained', 'charged', 'convicted']);
    expect(parseOutcomes('detained,bogus,killed')).toEqual(['killed', 'detained']);
    expect(parseOutcomes(null)).toEqual([]);
  });
});
