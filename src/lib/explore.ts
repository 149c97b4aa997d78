/**
 * Builds the data behind the filtered timeline, the map and their lists (shapes in
 * src/lib/explore-index.ts): one language-independent index of every event's facets and public
 * location, in chronological order, one compact row each; and per language, texts in chunks of
 * EXPLORE_CHUNK events, so that no view downloads every event's text to show its first results.
 */
import { ACTORS, EVENT_TYPES, LOCATION_PRECISION, RIGHTS, VERIFICATION, type Lang } from '../schema/enums.ts';
import { isTimed, publicLocation, textFor, type Chronicle, type ChronicleEvent } from './chronicle.ts';
import { formatDay, formatWeekday, offsetLabel } from './dates.ts';
import { toFilterable } from './filters.ts';
import { bits, EXPLORE_CHUNK, type ExploreIndex, type TextChunk } from './explore-index.ts';

export * from './explore-index.ts';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The time shown beside an event in a day-grouped list, when its precision allows one. */
export function listTime(e: ChronicleEvent): string {
  return isTimed(e) ? `${e.start.time} ${offsetLabel(e.start.offset)}` : '';
}

export function buildIndex(chronicle: Chronicle): ExploreIndex {
  const places = [...chronicle.places.values()].sort((a, b) => a.id.localeCompare(b.id));
  const at = new Map(places.map((p, i) => [p.id, i]));
  return {
    v: 1,
    chunk: EXPLORE_CHUNK,
    places: places.map((p) => ({
      id: p.id,
      kind: p.kind,
      region: p.kind === 'region' ? at.get(p.id)! : p.region ? (at.get(p.region) ?? -1) : -1,
      lat: p.lat,
      lon: p.lon,
      name: p.name,
    })),
    events: chronicle.events.map((e) => {
      const f = toFilterable(e);
      const loc = publicLocation(e, chronicle.places);
      return [
        e.id,
        EVENT_TYPES.indexOf(f.type),
        at.get(f.place)!,
        bits(RIGHTS, f.rights),
        bits(ACTORS, f.actors),
        VERIFICATION.indexOf(f.verification),
        f.day,
        f.endDay ?? '',
        round(loc.lat),
        round(loc.lon),
        LOCATION_PRECISION.indexOf(loc.precision),
        listTime(e),
      ];
    }),
  };
}

export function buildTextChunk(chronicle: Chronicle, lang: Lang, chunk: number, size = EXPLORE_CHUNK): TextChunk {
  const events = chronicle.events.slice(chunk * size, (chunk + 1) * size);
  const days: TextChunk['days'] = {};
  for (const e of events) days[e.start.day] ??= [formatDay(e.start.day, lang), formatWeekday(e.start.day, lang)];
  return {
    texts: events.map((e) => {
      const t = textFor(e, lang);
      return [t.title, t.summary, t.lang !== lang ? t.lang : ''];
    }),
    days,
  };
}
