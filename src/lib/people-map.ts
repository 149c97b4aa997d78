/**
 * The register of people on the map, at city precision at most. Each person is drawn once, at the
 * city of the place recorded for what happened to them: a site inside a city (a square, a
 * building) becomes its city, and a place known only to a region or the whole country is listed
 * apart, as the map does for region-wide entries. The published file (/data/explore/people.json)
 * carries a name and an id only for records with a publication basis. Pure: no Astro imports.
 */
import type { PlaceData } from '../schema/index.ts';
import { PERSON_OUTCOMES, type AgeBand, type Lang, type PersonOutcome } from '../schema/enums.ts';
import type { PersonRecord } from './people.ts';

/**
 * Which of a person's outcomes places and counts them when several match, gravest first: a person
 * killed after being detained is shown where they were killed, and counted as killed.
 */
export const OUTCOME_PRIORITY: readonly PersonOutcome[] = [
  'killed',
  'died-in-custody',
  'disappeared',
  'tortured',
  'injured',
  'detained',
  'charged',
  'convicted',
  'amnestied',
  'released',
];

export interface MapPlace {
  id: string;
  kind: PlaceData['kind'];
  region?: string | undefined;
  lat: number;
  lon: number;
  name: Record<Lang, string>;
}

export interface MapPerson {
  /** The record's id: only for a record with a publication basis (the others have no page). */
  id?: string;
  /** The published name: only for a record with a publication basis. */
  name?: Record<Lang, string>;
  /** What happened and where, at city precision at most ("" where no place is recorded). */
  what: [PersonOutcome, string][];
  age: AgeBand;
  sex?: 'male' | 'female';
}

export interface PeopleMapFile {
  places: MapPlace[];
  people: MapPerson[];
}

type PlaceLike = Pick<MapPlace, 'id' | 'kind' | 'region' | 'lat' | 'lon'>;

/**
 * The city-level place for a place id: a city or town as it is, a region or the country as it is
 * (those are listed apart), a site as the nearest city (else town) of its region. Undefined for an
 * unknown id, or a site whose region has no city.
 */
export function cityOf(id: string | undefined, places: ReadonlyMap<string, PlaceLike>): string | undefined {
  const place = id ? places.get(id) : undefined;
  if (!place) return undefined;
  if (place.kind !== 'site') return place.id;
  const near = (kind: PlaceLike['kind']) =>
    [...places.values()]
      .filter((p) => p.kind === kind && p.region !== undefined && p.region === place.region)
      .sort(
        (a, b) =>
          (a.lat - place.lat) ** 2 + (a.lon - place.lon) ** 2 - ((b.lat - place.lat) ** 2 + (b.lon - place.lon) ** 2) ||
          a.id.localeCompare(b.id),
      )[0];
  return (near('city') ?? near('town'))?.id;
}

/** The file the map reads: names and ids only where the record has a publication basis. */
export function peopleMapFile(people: readonly PersonRecord[], places: ReadonlyMap<string, PlaceData>): PeopleMapFile {
  return {
    places: [...places.values()].map((p) => ({
      id: p.id,
      kind: p.kind,
      ...(p.region ? { region: p.region } : {}),
      lat: p.lat,
      lon: p.lon,
      name: { kk: p.name.kk, ru: p.name.ru, en: p.name.en },
    })),
    people: people.map((p) => {
      const seen = new Set<string>();
      const what: [PersonOutcome, string][] = [];
      for (const s of p.statements) {
        const at = cityOf(s.place, places) ?? '';
        if (seen.has(`${s.what} ${at}`)) continue;
        seen.add(`${s.what} ${at}`);
        what.push([s.what, at]);
      }
      const name = p.named && p.data.name ? { kk: p.data.name.kk, ru: p.data.name.ru, en: p.data.name.en } : undefined;
      return {
        ...(name ? { id: p.id, name } : {}),
        what,
        age: p.ageBand,
        ...(p.data.sex ? { sex: p.data.sex } : {}),
      };
    }),
  };
}

export interface Placed {
  person: MapPerson;
  /** The gravest of the chosen outcomes: what the person is counted as. */
  outcome: PersonOutcome;
  /** The city, region or country id, or "" when none is recorded. */
  place: string;
}

const rank = (o: PersonOutcome) => OUTCOME_PRIORITY.indexOf(o);

/**
 * Where a person goes on the map with the outcomes chosen (none: all): at the place of the gravest
 * chosen outcome that has a place. Undefined when nothing chosen happened to them.
 */
export function placePerson(
  person: MapPerson,
  chosen: readonly PersonOutcome[],
  places: ReadonlyMap<string, PlaceLike>,
): Placed | undefined {
  const lines = person.what
    .filter(([o]) => !chosen.length || chosen.includes(o))
    .sort((a, b) => rank(a[0]) - rank(b[0]));
  if (!lines.length) return undefined;
  const at = lines.find(([, p]) => cityOf(p, places));
  return { person, outcome: lines[0]![0], place: at ? cityOf(at[1], places)! : '' };
}

export interface PeopleGroup {
  /** City, region or country id; "" for people with no recorded place. */
  place: string;
  /** `point`: a city or town with a marker; `area`: a region or the country; `none`: no place. */
  kind: 'point' | 'area' | 'none';
  people: Placed[];
  /** How many are counted under each outcome, gravest first (they add up to the group's size). */
  counts: [PersonOutcome, number][];
}

/** Counts by outcome, gravest first. */
export function countOutcomes(placed: readonly Placed[]): [PersonOutcome, number][] {
  const n = new Map<PersonOutcome, number>();
  for (const p of placed) n.set(p.outcome, (n.get(p.outcome) ?? 0) + 1);
  return OUTCOME_PRIORITY.filter((o) => n.has(o)).map((o) => [o, n.get(o)!]);
}

/** The people that the chosen outcomes select, grouped by place, largest group first. */
export function groupPeople(
  people: readonly MapPerson[],
  chosen: readonly PersonOutcome[],
  places: ReadonlyMap<string, PlaceLike>,
): PeopleGroup[] {
  const by = new Map<string, Placed[]>();
  for (const person of people) {
    const placed = placePerson(person, chosen, places);
    if (placed) by.set(placed.place, [...(by.get(placed.place) ?? []), placed]);
  }
  return [...by]
    .map(([place, list]) => {
      const kind = places.get(place)?.kind;
      return {
        place,
        kind: kind === 'city' || kind === 'town' ? ('point' as const) : kind ? ('area' as const) : ('none' as const),
        // named people first, in the order of the register
        people: [...list].sort((a, b) => Number(Boolean(b.person.name)) - Number(Boolean(a.person.name))),
        counts: countOutcomes(list),
      };
    })
    .sort((a, b) => b.people.length - a.people.length || a.place.localeCompare(b.place));
}

/** The outcomes a map filter may offer: those that happened to someone, in the register's order. */
export function outcomesOf(people: readonly MapPerson[]): PersonOutcome[] {
  const have = new Set(people.flatMap((p) => p.what.map(([o]) => o)));
  return PERSON_OUTCOMES.filter((o) => have.has(o));
}

/** `?what=killed,detained` as the map reads it: known outcomes only. */
export function parseOutcomes(value: string | null | undefined): PersonOutcome[] {
  const wanted = new Set((value ?? '').split(','));
  return PERSON_OUTCOMES.filter((o) => wanted.has(o));
}
