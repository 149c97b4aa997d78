/**
 * Checks one new entry before it is written: the schema, the rules between its fields, its id,
 * and its references to the places, sources and events that already exist. The same rules as
 * `npm run validate`, applied to data in memory, so that `npm run new`, `npm run import` and the
 * proposal form can refuse a bad entry without touching content/.
 */
import {
  EVENT_ID_RE,
  checkIntegrity,
  eventCrossFieldIssues,
  eventSchema,
  type EventData,
  type LoadedSource,
  type PlaceData,
} from '../../schema/index.ts';
import { describeIssue } from './issues.ts';
import { write, type Message } from '../../schema/messages.ts';

export interface EntryContext {
  places: readonly PlaceData[];
  /** Existing sources; only `publisher` is read (for `corroborated`). */
  sources: readonly { id: string; data: { publisher: string } }[];
  /** Ids of existing entries (duplicates and `related`); may be omitted where unknown. */
  eventIds?: readonly string[];
}

export interface EntryIssue {
  /** Field path inside the entry's front matter ([] for the entry as a whole, e.g. its id). */
  path: PropertyKey[];
  message: Message;
}

const FILE = 'content/events/new/index.md';

export function checkEntry(id: string, raw: unknown, ctx: EntryContext): { data?: EventData; issues: EntryIssue[] } {
  const issues: EntryIssue[] = [];
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(...describeIssue(issue, raw));
    // zod skips refinements of an object with other issues: report those rules too, once
    const seen = new Set(issues.map((i) => `${i.path.join('.')}|${write(i.message)}`));
    for (const x of eventCrossFieldIssues(raw)) if (!seen.has(`${x.path.join('.')}|${write(x.message)}`)) issues.push(x);
  }

  const data = parsed.success ? parsed.data : lenient(raw);
  const existing = (ctx.eventIds ?? []).map((eventId) => ({
    id: eventId,
    file: `content/events/${eventId}/index.md`,
    data: { sources: [], related: [] } as unknown as EventData,
  }));
  const integrity = checkIntegrity({
    events: [...existing, { id, file: FILE, data }],
    translations: [],
    sources: ctx.sources.map((s) => ({ id: s.id, file: `content/sources/${s.id}.md`, data: s.data }) as LoadedSource),
    places: { file: 'content/places.yaml', places: [...ctx.places] },
  });
  for (const i of integrity) if (i.file === FILE) issues.push({ path: i.path, message: i.message });
  return parsed.success && !issues.length ? { data: parsed.data, issues } : { issues };
}

/** The parts of invalid input that the reference checks read, with anything malformed dropped. */
function lenient(raw: unknown): EventData {
  const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    start: str(e.start),
    place: str(e.place),
    verification: str(e.verification),
    sources: list(e.sources).map((c) => ({ id: str((c as { id?: unknown })?.id) })).filter((c) => c.id),
    related: list(e.related).map(str).filter(Boolean),
  } as unknown as EventData;
}

export { EVENT_ID_RE };
