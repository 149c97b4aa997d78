/**
 * Rules that need more than one record: references between events, sources and places, id rules,
 * duplicates. Pure: the validator CLI and the build both call it with everything they loaded.
 */
import { RELAYING_SOURCE_KINDS } from './enums.ts';
import type { EventData } from './event.ts';
import type { PlaceData } from './place.ts';
import type { SourceData } from './source.ts';
import type { TranslationData } from './translation.ts';

export interface Issue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Path of the field inside the file's data ([] for the file itself). */
  path: (string | number)[];
  message: string;
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

export const EVENT_ID_RE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SOURCE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkIntegrity(input: {
  events: LoadedEvent[];
  translations: LoadedTranslation[];
  sources: LoadedSource[];
  places: LoadedPlaces;
}): Issue[] {
  const issues: Issue[] = [];
  const add = (file: string, path: (string | number)[], message: string) => issues.push({ file, path, message });

  const placeIds = new Map<string, number>();
  input.places.places.forEach((p, i) => {
    if (placeIds.has(p.id)) add(input.places.file, [i, 'id'], `duplicate place id "${p.id}" (first at item ${placeIds.get(p.id)})`);
    placeIds.set(p.id, i);
  });
  const placeById = new Map(input.places.places.map((p) => [p.id, p]));
  input.places.places.forEach((p, i) => {
    if (p.region === undefined) {
      if (p.kind === 'city' || p.kind === 'town' || p.kind === 'site')
        add(input.places.file, [i, 'region'], `a ${p.kind} needs the id of its region`);
    } else if (placeById.get(p.region)?.kind !== 'region') {
      add(input.places.file, [i, 'region'], `"${p.region}" is not a region in places.yaml`);
    }
  });

  const sourceById = new Map<string, LoadedSource>();
  for (const s of input.sources) {
    if (!SOURCE_ID_RE.test(s.id)) add(s.file, [], `file name "${s.id}" must be lower-case ASCII words joined by hyphens`);
    if (sourceById.has(s.id)) add(s.file, [], `duplicate source id "${s.id}" (also ${sourceById.get(s.id)!.file})`);
    sourceById.set(s.id, s);
  }

  const eventById = new Map<string, LoadedEvent>();
  // ids that differ only in case clash on case-insensitive file systems; a map keeps this linear at 10,000 entries
  const byLowerId = new Map<string, LoadedEvent>();
  for (const e of input.events) {
    const lower = e.id.toLowerCase();
    const clash = byLowerId.get(lower);
    if (clash) add(e.file, [], `duplicate event id "${e.id}" (also ${clash.file})`);
    byLowerId.set(lower, e);
    eventById.set(e.id, e);
  }

  for (const e of input.events) {
    const m = EVENT_ID_RE.exec(e.id);
    if (!m) add(e.file, [], `folder name "${e.id}" must be YYYY-MM-DD-kebab-slug in lower-case ASCII`);
    else if (e.data.start && m[1] !== e.data.start.slice(0, 10))
      add(e.file, ['start'], `start ${e.data.start} does not match the date in the id (${m[1]}): ids never change, so fix start or create a new entry`);
    if (e.data.place && !placeById.has(e.data.place)) add(e.file, ['place'], `unknown place "${e.data.place}" (add it to content/places.yaml)`);
    e.data.sources.forEach((c, i) => {
      if (!sourceById.has(c.id)) add(e.file, ['sources', i, 'id'], `unknown source "${c.id}" (add content/sources/${c.id}.md)`);
    });
    // the CSV import checks rows before the schema has filled in defaults
    (e.data.figures ?? []).forEach((f, i) => {
      const kind = sourceById.get(f.source)?.data.kind;
      if (kind && !f.statedBy && (RELAYING_SOURCE_KINDS as readonly string[]).includes(kind))
        add(
          e.file,
          ['figures', i, 'statedBy'],
          `source "${f.source}" is ${kind} and only relays this number: say who stated it, e.g. statedBy: { kind: state, name: { kk: …, ru: …, en: Interior Ministry } }, or statedBy: { kind: independent } for the outlet's own count`,
        );
    });
    if (e.data.verification === 'corroborated') {
      const publishers = new Set(e.data.sources.map((c) => sourceById.get(c.id)?.data.publisher).filter(Boolean));
      if (publishers.size < 2)
        add(e.file, ['verification'], `corroborated needs sources from two or more publishers, found ${publishers.size} (use reported)`);
    }
    e.data.related.forEach((r, i) => {
      if (r === e.id) add(e.file, ['related', i], 'an entry cannot be related to itself');
      else if (!eventById.has(r)) add(e.file, ['related', i], `unknown event "${r}"`);
    });
  }

  const seenTexts = new Set<string>();
  for (const t of input.translations) {
    const event = eventById.get(t.eventId);
    if (!event) {
      add(t.file, [], `translation without content/events/${t.eventId}/index.md`);
      continue;
    }
    if (event.data.lang === t.lang)
      add(t.file, [], `index.md is already in "${t.lang}": a translation file must be in another language`);
    if (t.data.translatedFrom === t.lang) add(t.file, ['translatedFrom'], `cannot be the file's own language "${t.lang}"`);
    const key = `${t.eventId}/${t.lang}`;
    if (seenTexts.has(key)) add(t.file, [], `duplicate translation ${key}`);
    seenTexts.add(key);
  }
  return issues;
}
