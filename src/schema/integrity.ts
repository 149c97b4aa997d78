/**
 * Rules that need more than one record: references between events, sources and places, id rules,
 * duplicates. Pure: the validator CLI and the build both call it with everything they loaded.
 */
import { RELAYING_SOURCE_KINDS } from './enums.ts';
import type { EventData } from './event.ts';
import type { PlaceData } from './place.ts';
import type { SourceData } from './source.ts';
import type { TranslationData } from './translation.ts';
import { message, type Message } from './messages.ts';

export interface Issue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Path of the field inside the file's data ([] for the file itself). */
  path: (string | number)[];
  message: Message;
}

export interface LoadedEvent {
  id: string;
  file: string;
  data: EventData;
}
export interface LoadedTranslation {
  eventId: string;
  lang: string;
  file: string;
  data: TranslationData;
}
export interface LoadedSource {
  id: string;
  file: string;
  data: SourceData;
}
export interface LoadedPlaces {
  file: string;
  places: PlaceData[];
}

import { EVENT_ID_RE, ID_RE as SOURCE_ID_RE } from './patterns.ts';

export { EVENT_ID_RE, SOURCE_ID_RE };

export function checkIntegrity(input: {
  events: LoadedEvent[];
  translations: LoadedTranslation[];
  sources: LoadedSource[];
  places: LoadedPlaces;
}): Issue[] {
  const issues: Issue[] = [];
  const add = (file: string, path: (string | number)[], m: Message) => issues.push({ file, path, message: m });

  const placeIds = new Map<string, number>();
  input.places.places.forEach((p, i) => {
    if (placeIds.has(p.id))
      add(input.places.file, [i, 'id'], message('duplicatePlace', { id: p.id, item: placeIds.get(p.id)! }));
    placeIds.set(p.id, i);
  });
  const placeById = new Map(input.places.places.map((p) => [p.id, p]));
  input.places.places.forEach((p, i) => {
    if (p.region === undefined) {
      if (p.kind === 'city' || p.kind === 'town' || p.kind === 'site')
        add(input.places.file, [i, 'region'], message('needsRegion', { kind: p.kind }));
    } else if (placeById.get(p.region)?.kind !== 'region') {
      add(input.places.file, [i, 'region'], message('notARegion', { region: p.region }));
    }
  });

  const sourceById = new Map<string, LoadedSource>();
  for (const s of input.sources) {
    if (!SOURCE_ID_RE.test(s.id)) add(s.file, [], message('sourceFileName', { id: s.id }));
    if (sourceById.has(s.id))
      add(s.file, [], message('duplicateSource', { id: s.id, file: sourceById.get(s.id)!.file }));
    sourceById.set(s.id, s);
  }

  const eventById = new Map<string, LoadedEvent>();
  // ids that differ only in case clash on case-insensitive file systems; a map keeps this linear at 10,000 entries
  const byLowerId = new Map<string, LoadedEvent>();
  for (const e of input.events) {
    const lower = e.id.toLowerCase();
    const clash = byLowerId.get(lower);
    if (clash) add(e.file, [], message('duplicateEvent', { id: e.id, file: clash.file }));
    byLowerId.set(lower, e);
    eventById.set(e.id, e);
  }

  for (const e of input.events) {
    const m = EVENT_ID_RE.exec(e.id);
    if (!m) add(e.file, [], message('eventFolderName', { id: e.id }));
    else if (e.data.start && m[1] !== e.data.start.slice(0, 10))
      add(e.file, ['start'], message('startNotIdDate', { start: e.data.start, date: m[1]! }));
    if (e.data.place && !placeById.has(e.data.place))
      add(e.file, ['place'], message('unknownPlace', { place: e.data.place }));
    e.data.sources.forEach((c, i) => {
      if (!sourceById.has(c.id)) add(e.file, ['sources', i, 'id'], message('unknownSource', { id: c.id }));
    });
    // the CSV import checks rows before the schema has filled in defaults
    (e.data.figures ?? []).forEach((f, i) => {
      const kind = sourceById.get(f.source)?.data.kind;
      if (kind && !f.statedBy && (RELAYING_SOURCE_KINDS as readonly string[]).includes(kind))
        add(e.file, ['figures', i, 'statedBy'], message('relayedNeedsStatedBy', { source: f.source, kind }));
    });
    if (e.data.verification === 'corroborated') {
      const publishers = new Set(e.data.sources.map((c) => sourceById.get(c.id)?.data.publisher).filter(Boolean));
      if (publishers.size < 2)
        add(e.file, ['verification'], message('corroboratedNeedsTwo', { count: publishers.size }));
    }
    e.data.related.forEach((r, i) => {
      if (r === e.id) add(e.file, ['related', i], message('relatedToItself'));
      else if (!eventById.has(r)) add(e.file, ['related', i], message('unknownEvent', { id: r }));
    });
  }

  const seenTexts = new Set<string>();
  for (const t of input.translations) {
    const event = eventById.get(t.eventId);
    if (!event) {
      add(t.file, [], message('translationWithoutEntry', { id: t.eventId }));
      continue;
    }
    if (event.data.lang === t.lang) add(t.file, [], message('translationSameLang', { lang: t.lang }));
    if (t.data.translatedFrom === t.lang)
      add(t.file, ['translatedFrom'], message('translatedFromOwnLang', { lang: t.lang }));
    const key = `${t.eventId}/${t.lang}`;
    if (seenTexts.has(key)) add(t.file, [], message('duplicateTranslation', { key }));
    seenTexts.add(key);
  }
  return issues;
}
