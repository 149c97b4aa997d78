/**
 * The search index in shards. Pagefind holds every page it reads in memory until it writes (70 to
 * 85 KB a page), so a language with more pages than a limit is indexed in several runs, each its
 * own Pagefind bundle: the first in pagefind/ as always, the others in pagefind/<lang>-<n>/. The
 * search page merges them (Pagefind's mergeIndex), learning which there are from
 * pagefind/shards.json. The build (src/integrations/pagefind.ts) and the search page
 * (src/components/search/search-index.ts) share what is here.
 *
 * Shards hold consecutive stretches of the pages ordered by their `date` sort key. Pagefind sorts
 * within one bundle only: a sorted search over merged bundles comes back ordered by each page's
 * rank in its own bundle, so the search page sorts shard by shard instead, and that is right only
 * because no shard's dates reach into another's.
 */

/** Pages per Pagefind run at most, unless QANTAR_SEARCH_SHARD_PAGES says otherwise: about 1 GB of Pagefind's memory. */
export const SHARD_PAGES = 12_000;
export const SHARD_PAGES_VAR = 'QANTAR_SEARCH_SHARD_PAGES';

/** The limit from the environment's value: a whole number of pages above zero, or the default when unset. */
export function shardPagesFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return SHARD_PAGES;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new Error(
      `${SHARD_PAGES_VAR}=${JSON.stringify(value)}: expected a whole number of pages above zero (the most one search index shard holds; default ${SHARD_PAGES})`,
    );
  return n;
}

/** The sort key the search page orders by (data-pagefind-sort="date:…" on every indexed page). */
export const SORT_KEY = 'date';

/** An indexable page: its path in dist/ ("en/events/<id>/index.html") and its sort value. */
export interface ShardPage {
  path: string;
  date?: string | undefined;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pages of one language split into shards of at most `limit` pages, as even as can be (so
 * each run needs about the same memory, and Pagefind's ranking weighs words against shards of one
 * size). One shard, in path order, when they fit. Otherwise in order of their sort value as
 * Pagefind compares strings (byte order), then path; pages without one come last.
 */
export function planShards(pages: readonly ShardPage[], limit: number): string[][] {
  if (pages.length <= limit) return [pages.map((p) => p.path).sort(byCodePoint)];
  const ordered = [...pages].sort(
    (a, b) =>
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) ||
      byCodePoint(a.date ?? '', b.date ?? '') ||
      byCodePoint(a.path, b.path),
  );
  const count = Math.ceil(pages.length / limit);
  const shards: string[][] = [];
  for (let i = 0, start = 0; i < count; i++) {
    const end = Math.round(((i + 1) * pages.length) / count);
    shards.push(ordered.slice(start, end).map((p) => p.path));
    start = end;
  }
  return shards;
}

/** dist/pagefind/shards.json: per language, the folders of its shards beyond the first, relative to pagefind/. */
export type ShardManifest = Record<string, string[]>;

/** The folder of shard `n` (1-based: 0 is pagefind/ itself) of a language, relative to pagefind/. */
export function shardFolder(lang: string, n: number): string {
  return `${lang}-${n}/`;
}

/**
 * The order in which to search the shards (0 = pagefind/ itself, then 1…count) for a sorted
 * search: oldest first for "asc", newest first for "desc".
 */
export function shardOrder(count: number, direction: string): number[] {
  const order = Array.from({ length: count + 1 }, (_, i) => i);
  return direction === 'desc' ? order.reverse() : order;
}
