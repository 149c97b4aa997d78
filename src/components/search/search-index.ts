/**
 * Pagefind for <site-search>: its index, wasm and worker are files of this site. When the build
 * indexed a language in shards (src/lib/search/shards.ts), pagefind/shards.json names them and the
 * shards of the page's language are merged into the first (Pagefind's mergeIndex) before any
 * search; a build without that file, or a copy that cannot fetch it, searches the first alone.
 */
import { withBase } from '../../lib/urls.ts';
import { shardOrder, type ShardManifest } from '../../lib/search/shards.ts';

export interface PagefindResult {
  url: string;
  /** The page's indexed text, whole (the excerpt is made from it). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface SearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, string>;
}
export interface Search {
  results: { id: string; data(): Promise<PagefindResult> }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: SearchOptions): Promise<Search | null>;
  debouncedSearch(q: string | null, o: SearchOptions, ms: number): Promise<Search | null>;
}
export interface SearchIndex {
  pagefind: Pagefind;
  /** Shards merged beyond the first bundle (0 when the language is in one). */
  shards: number;
}

/** A filter Pagefind adds to every page of a bundle (mergeFilter): which shard it came from. */
const SHARD_FILTER = 'shard';

/** The shard folders of a language, from pagefind/shards.json; none when it is missing or unreadable. */
async function shardPaths(lang: string, cacheTag: string): Promise<string[]> {
  try {
    const response = await fetch(withBase(`pagefind/shards.json?ts=${encodeURIComponent(cacheTag)}`));
    if (!response.ok) return [];
    const paths = ((await response.json()) as ShardManifest)[lang];
    return Array.isArray(paths) ? paths.filter((p) => typeof p === 'string' && /^[\w-]+\/$/.test(p)) : [];
  } catch {
    return [];
  }
}

let loaded: Promise<SearchIndex> | undefined;

/** Pagefind, once per page; cacheTag (the build's id) keeps its entry files cacheable until the next build. */
export function loadSearchIndex(cacheTag: string, lang: string): Promise<SearchIndex> {
  loaded ??= (async () => {
    const paths = shardPaths(lang, cacheTag);
    const pf = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as Pagefind;
    const common = { baseUrl: withBase(''), metaCacheTag: cacheTag };
    await pf.options(common);
    await pf.init();
    const shards = await paths;
    if (shards.length) {
      await pf.options({ mergeFilter: { [SHARD_FILTER]: '0' } });
      await Promise.all(
        shards.map((path, i) =>
          pf.mergeIndex(withBase(`pagefind/${path}`), {
            ...common,
            language: lang,
            mergeFilter: { [SHARD_FILTER]: String(i + 1) },
          }),
        ),
      );
    }
    return { pagefind: pf, shards: shards.length };
  })();
  return loaded;
}

/**
 * A search over every shard. Ordered by relevance, Pagefind merges the shards' results itself. A
 * sorted search gives each shard's results in its own order only, so it runs shard by shard, in
 * the order of their dates (no two shards' dates overlap), and puts the lists one after another.
 * Null when a newer debounced search took its place.
 */
export async function searchAll(
  { pagefind: pf, shards }: SearchIndex,
  query: string | null,
  options: SearchOptions,
  debounceMs?: number,
): Promise<Search | null> {
  const direction = options.sort ? Object.values(options.sort)[0] : undefined;
  const run = (o: SearchOptions, first: boolean) =>
    first && debounceMs !== undefined ? pf.debouncedSearch(query, o, debounceMs) : pf.search(query, o);
  if (!shards || !direction) return run(options, true);
  const order = shardOrder(shards, direction);
  const inShard = (n: number) => ({ ...options, filters: { ...options.filters, [SHARD_FILTER]: String(n) } });
  const first = await run(inShard(order[0]!), true);
  if (!first) return null;
  const rest = await Promise.all(order.slice(1).map((n) => run(inShard(n), false)));
  return { results: [first, ...rest].flatMap((s) => s?.results ?? []) };
}
