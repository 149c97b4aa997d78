/**
 * A new entry from a contributor's answers (date, time, place, type, title, summary, sources,
 * language…), as `npm run new` asks them and the proposal form collects them. Pure: returns the
 * id, the front matter and the file text; checking is check-entry.ts's job.
 */
import type { Lang } from '../../schema/enums.ts';
import { eventMarkdown, sourceMarkdown } from './entry-file.ts';
import { eventId } from './slug.ts';

export interface EntryAnswers {
  /** Language of the title, summary and account. */
  lang: Lang | string;
  /** Local day at the place, YYYY-MM-DD. */
  date: string;
  /** Local time HH:mm, when known. */
  time?: string;
  /** Local end: YYYY-MM-DD or YYYY-MM-DDTHH:mm. */
  end?: string;
  /** Defaults to `minute` with a time, `day` without. */
  precision?: string;
  place: string;
  type: string;
  title: string;
  summary: string;
  /** The account in Markdown. */
  body?: string;
  sources: { id: string; locator?: string; quote?: string }[];
  /** Defaults to `reported`: the reviewers raise it once sources are compared. */
  verification?: string;
  actors?: string[];
  rights?: string[];
  location?: { lat: number; lon: number; precision: string };
  figures?: Record<string, unknown>[];
  /** Words for the id instead of the title's. */
  slug?: string;
  draft?: boolean;
}

export interface SourceAnswers {
  id: string;
  title: string;
  publisher: string;
  published: string;
  kind: string;
  url?: string;
  lang: string;
  /** The day the contributor read it: today. */
  accessed?: string;
}

export function entryFromAnswers(a: EntryAnswers): { id: string; data: Record<string, unknown>; body: string; markdown: string } {
  const time = a.time?.trim();
  const start = time ? `${a.date.trim()}T${time}` : a.date.trim();
  const data: Record<string, unknown> = {
    title: a.title.trim(),
    summary: a.summary.trim(),
    lang: a.lang,
    type: a.type,
    start,
    end: a.end?.trim() || undefined,
    timePrecision: a.precision || (time ? 'minute' : 'day'),
    place: a.place.trim(),
    location: a.location,
    actors: a.actors ?? [],
    rights: a.rights ?? [],
    figures: a.figures ?? [],
    sources: a.sources.map((s) => dropEmpty({ id: s.id.trim(), locator: s.locator?.trim(), quote: s.quote?.trim() })),
    verification: a.verification || 'reported',
    draft: a.draft ? true : undefined,
  };
  const id = eventId(a.date.trim(), a.title, a.slug?.trim() || undefined);
  const body = a.body?.trim() ?? '';
  return { id, data, body, markdown: eventMarkdown(data, body) };
}

export function sourceFromAnswers(s: SourceAnswers): { id: string; data: Record<string, unknown>; markdown: string } {
  const data = dropEmpty({
    title: s.title.trim(),
    publisher: s.publisher.trim(),
    published: s.published.trim(),
    kind: s.kind.trim(),
    url: s.url?.trim(),
    accessed: s.accessed,
    lang: s.lang.trim(),
  });
  return { id: s.id.trim(), data, markdown: sourceMarkdown(data) };
}

function dropEmpty<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
