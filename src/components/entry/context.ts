/**
 * What an entry page hands the components of an entry written in MDX while it renders: MDX
 * components take only the literal props an editor wrote, so the entry's own facts (its sources,
 * its media) travel on Astro.locals, which one page render shares with every component inside it.
 */
import type { Lang } from '../../schema/enums.ts';
import type { EventData } from '../../schema/event.ts';

export interface EntryContext {
  eventId: string;
  /** The entry's sources in the order of its source list (the quote links to its item there). */
  sources: EventData['sources'];
  media: EventData['media'];
  /** Language of alt text and captions (the entry's original language). */
  textLang: Lang;
}

/** The id of a source's item in the entry's source list. */
export const sourceAnchor = (id: string) => `source-${id}`;

export function entryContext(locals: object): EntryContext {
  const ctx = (locals as { entry?: EntryContext }).entry;
  if (!ctx) throw new Error('entry components render only inside an entry page (src/pages/[lang]/events/[id].astro)');
  return ctx;
}

export function setEntryContext(locals: object, ctx: EntryContext): void {
  (locals as { entry?: EntryContext }).entry = ctx;
}
