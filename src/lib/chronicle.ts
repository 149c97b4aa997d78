/**
 * The chronology as pages use it: each event joined with its place, region, sources and texts,
 * its local start and end, sorted once. Pure: the build (src/data.ts), the exports and the
 * tests all build it from the same loaded records.
 */
import type { EventData, PlaceData, SourceData, TranslationData } from '../schema/index.ts';
import { LANGS, type Lang, type LocationPrecision } from '../schema/enums.ts';
import { toLocalMoment, type LocalMoment } from './dates.ts';

export interface EventText {
  title: string;
  summary: string;
  /** The language the text is written in. */
  lang: Lang;
  original: boolean;
  reviewed: boolean;
  translatedFrom?: Lang;
}

export interface SourceRecord {
  id: string;
  data: SourceData;
}

export interface ChronicleEvent {
  id: string;
  data: EventData;
  place: PlaceData;
  /** The oblast (or city of republican significance) the place lies in; the place itself if it is one. */
  region?: PlaceData;
  start: LocalMoment;
  end?: LocalMoment;
  texts: Partial<Record<Lang, EventText>>;
  sources: SourceRecord[];
}

export interface PublicLocation {
  lat: number;
  lon: number;
  precision: LocationPrecision;
}

export interface Chronicle {
  events: ChronicleEvent[];
  byId: Map<string, ChronicleEvent>;
  places: Map<string, PlaceData>;
  sources: Map<string, SourceRecord>;
  /** The events that cite each source, in chronological order (a source cited by none is absent). */
  citing: Map<string, ChronicleEvent[]>;
}

export interface ChronicleInput {
  events: { id: string; data: EventData }[];
  translations: { eventId: string; lang: string; data: TranslationData }[];
  sources: SourceRecord[];
  places: PlaceData[];
  /** Include drafts (the validator does; the site does not). */
  drafts?: boolean;
}

/**
 * Whether an event's start is known to the hour or minute. Only such events have a place in the
 * day's order by time; the others are listed after them, under "time not known", because putting
 * them first (at midnight) would read as if they happened before everything else that day.
 */
export function isTimed(e: Pick<ChronicleEvent, 'start' | 'data'>): boolean {
  return Boolean(e.start.time) && (e.data.timePrecision === 'minute' || e.data.timePrecision === 'hour');
}

/** Local day, then timed events by instant, then the day's untimed events, then id: a stable, explicit order. */
export function compareEvents(a: ChronicleEvent, b: ChronicleEvent): number {
  return (
    a.start.day.localeCompare(b.start.day) ||
    Number(isTimed(b)) - Number(isTimed(a)) ||
    a.start.utc.localeCompare(b.start.utc) ||
    a.id.localeCompare(b.id)
  );
}

export function buildChronicle(input: ChronicleInput): Chronicle {
  const places = new Map(input.places.map((p) => [p.id, p]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const texts = new Map<string, Partial<Record<Lang, EventText>>>();
  for (const t of input.translations) {
    const entry = texts.get(t.eventId) ?? {};
    entry[t.lang as Lang] = {
      title: t.data.title,
      summary: t.data.summary,
      lang: t.lang as Lang,
      original: false,
      reviewed: t.data.reviewed,
      translatedFrom: t.data.translatedFrom,
    };
    texts.set(t.eventId, entry);
  }
  const events: ChronicleEvent[] = [];
  for (const { id, data } of input.events) {
    if (data.draft && !input.drafts) continue;
    const place = places.get(data.place);
    if (!place) throw new Error(`${id}: unknown place "${data.place}"`);
    const region = place.kind === 'region' ? place : place.region ? places.get(place.region) : undefined;
    const own = texts.get(id) ?? {};
    own[data.lang] = { title: data.title, summary: data.summary, lang: data.lang, original: true, reviewed: true };
    events.push({
      id,
      data,
      place,
      ...(region ? { region } : {}),
      start: toLocalMoment(data.start, place.timezone),
      ...(data.end ? { end: toLocalMoment(data.end, place.timezone) } : {}),
      texts: own,
      sources: data.sources.map((c) => {
        const s = sources.get(c.id);
        if (!s) throw new Error(`${id}: unknown source "${c.id}"`);
        return s;
      }),
    });
  }
  events.sort(compareEvents);
  const citing = new Map<string, ChronicleEvent[]>();
  for (const e of events) {
    for (const s of new Set(e.sources)) {
      const list = citing.get(s.id);
      if (list) list.push(e);
      else citing.set(s.id, [e]);
    }
  }
  return { events, byId: new Map(events.map((e) => [e.id, e])), places, sources, citing };
}

/** The text to show in a language: its translation, or the original with `fallback: true`. */
export function textFor(event: ChronicleEvent, lang: Lang): EventText & { fallback: boolean } {
  const own = event.texts[lang];
  if (own) return { ...own, fallback: false };
  return { ...event.texts[event.data.lang]!, fallback: true };
}

/** Events grouped by the local day of their start, in chronological order. */
export function groupByDay(events: readonly ChronicleEvent[]): { day: string; events: ChronicleEvent[] }[] {
  const groups = new Map<string, ChronicleEvent[]>();
  for (const e of [...events].sort(compareEvents)) {
    const list = groups.get(e.start.day) ?? [];
    list.push(e);
    groups.set(e.start.day, list);
  }
  return [...groups].map(([day, list]) => ({ day, events: list }));
}

/**
 * One day's events split for display: those known to the hour or minute in order of time, then
 * the rest, which a list heads "time not known" when the day has timed events too.
 */
export function splitByTime(events: readonly ChronicleEvent[]): { timed: ChronicleEvent[]; untimed: ChronicleEvent[] } {
  const sorted = [...events].sort(compareEvents);
  return { timed: sorted.filter(isTimed), untimed: sorted.filter((e) => !isTimed(e)) };
}

/**
 * Where an event may be shown. A location published coarser than known (`city`, `region`,
 * `country`) is replaced by that place's point; without a location the place's own point is used,
 * with the precision its kind implies. Nothing finer than allowed ever leaves this function.
 */
export function publicLocation(event: ChronicleEvent, places: Map<string, PlaceData>): PublicLocation {
  const loc = event.data.location;
  if (loc && (loc.precision === 'exact' || loc.precision === 'approximate'))
    return { lat: loc.lat, lon: loc.lon, precision: loc.precision };
  const want = loc?.precision;
  const country = [...places.values()].find((p) => p.kind === 'country');
  const pick = (p: PlaceData | undefined, precision: LocationPrecision): PublicLocation | undefined =>
    p ? { lat: p.lat, lon: p.lon, precision } : undefined;
  if (want === 'country') return pick(country, 'country')!;
  if (want === 'region') return pick(event.region ?? event.place, 'region')!;
  const kind = event.place.kind;
  // a site (a square, a building) is a landmark's public point: shown where it is, as approximate
  const implied: LocationPrecision =
    kind === 'country' ? 'country' : kind === 'region' ? 'region' : kind === 'site' ? 'approximate' : 'city';
  return { lat: event.place.lat, lon: event.place.lon, precision: implied };
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
