/**
 * Archived copies of sources, as pages and `npm run validate` show them. A copy is shown only when
 * it is recorded in the source's front matter (from a real capture); until then a source with an
 * address gets a link to the Internet Archive's own list of captures of that address, which may
 * be empty and is never presented as a verified copy.
 */
import type { ArchiveData, SourceData } from '../../schema/source.ts';

/** The Internet Archive's list of captures of an address (a plain link: nothing is requested at build time). */
export function archiveLookupUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

/** The most recent recorded copy, or undefined. */
export function latestCopy(archived: readonly ArchiveData[]): ArchiveData | undefined {
  return archived.reduce<ArchiveData | undefined>((latest, a) => (!latest || a.at > latest.at ? a : latest), undefined);
}

export interface ArchiveShare {
  /** Sources with a public address, the ones that can be archived (testimonies and withheld records cannot). */
  archivable: number;
  /** Of those, the ones with at least one recorded copy. */
  archived: number;
}

/** A source that has an address someone could capture. */
export function isArchivable(s: Pick<SourceData, 'kind' | 'url'>): boolean {
  return s.kind !== 'testimony' && Boolean(s.url);
}

export function archiveShare(sources: Iterable<Pick<SourceData, 'kind' | 'url' | 'archived'>>): ArchiveShare {
  let archivable = 0;
  let archived = 0;
  for (const s of sources) {
    if (!isArchivable(s)) continue;
    archivable++;
    if (s.archived.length) archived++;
  }
  return { archivable, archived };
}

/** The share as a whole percentage, rounded down so that "100%" means every one. */
export function sharePercent({ archivable, archived }: ArchiveShare): number {
  return archivable ? Math.floor((archived * 100) / archivable) : 0;
}
