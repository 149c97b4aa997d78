/**
 * The data behind the filtered timeline, the map and their lists, in the shape the browser gets
 * it: the types, and what the browser does with them. The build side is src/lib/explore.ts.
 * This module imports no date or Markdown code, so the browser bundle stays small.
 */
import {
  ACTORS,
  EVENT_TYPES,
  LOCATION_PRECISION,
  RIGHTS,
  VERIFICATION,
  type EventType,
  type Lang,
  type LocationPrecision,
} from '../schema/enums.ts';
import type { PlaceData } from '../schema/place.ts';
import type { FilterableEvent } from './filters.ts';

/** Events per text chunk: about 150 KB of JSON per chunk and language. */
export const EXPLORE_CHUNK = 500;

/** One event in the index: [id, type, place, rights bits, actors bits, verification, day, end day, lat, lon, precision, time]. */
export type IndexRow = [string, number, number, number, number, number, string, string, number, number, number, string];

export interface IndexPlace {
  id: string;
  kind: PlaceData['kind'];
  /** Index of the region in `places`, -1 for none. */
  region: number;
  lat: number;
  lon: number;
  name: Record<Lang, string>;
}

export interface ExploreIndex {
  v: 1;
  chunk: number;
  places: IndexPlace[];
  events: IndexRow[];
}

/** A chunk of texts in one language: rows aligned with the index, and labels of the days they use. */
export interface TextChunk {
  /** [title, summary, language of the text when it is not the page's (untranslated), or ""]. */
  texts: [string, string, string][];
  /** day → [long date, weekday]. */
  days: Record<string, [string, string]>;
}

/** An index row decoded: what filtering, the map and the lists need. */
export interface ExploreEvent extends FilterableEvent {
  /** Position in chronological order (and so in the text chunks). */
  n: number;
  lat: number;
  lon: number;
  precision: LocationPrecision;
  /** "10:30 UTC+6" for events known to the hour or minute, else "". */
  time: string;
}

export const bits = <T extends string>(all: readonly T[], values: readonly T[]) =>
  values.reduce((m, v) => m | (1 << all.indexOf(v)), 0);
export const unbits = <T extends string>(all: readonly T[], mask: number) => all.filter((_, i) => mask & (1 << i));

export function chunkCount(total: number, size = EXPLORE_CHUNK): number {
  return Math.max(1, Math.ceil(total / size));
}

export function decodeIndex(index: ExploreIndex): ExploreEvent[] {
  return index.events.map(
    ([id, type, place, rights, actors, verification, day, endDay, lat, lon, precision, time], n) => {
      const p = index.places[place]!;
      const region = p.region >= 0 ? index.places[p.region]!.id : undefined;
      return {
        n,
        id,
        type: EVENT_TYPES[type]!,
        place: p.id,
        ...(region && region !== p.id ? { region } : {}),
        rights: unbits(RIGHTS, rights),
        actors: unbits(ACTORS, actors),
        verification: VERIFICATION[verification]!,
        day,
        ...(endDay ? { endDay } : {}),
        lat,
        lon,
        precision: LOCATION_PRECISION[precision]!,
        time,
      };
    },
  );
}

/** The chunks holding a set of events, in order. */
export function chunksOf(events: readonly Pick<ExploreEvent, 'n'>[], size: number): number[] {
  return [...new Set(events.map((e) => Math.floor(e.n / size)))].sort((a, b) => a - b);
}

/** A fixed point of a small map (an event page, a place page). */
export interface MapPoint {
  lat: number;
  lon: number;
  precision: LocationPrecision;
  /** The region drawn for a region-wide point. */
  region?: string;
  type?: EventType;
  label: string;
}
