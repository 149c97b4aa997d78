/**
 * The offline policy, decided at build time from the list of files in dist/: which files the
 * service worker may store when the reader asks, in which order, how many bytes each choice of
 * languages costs, and under which version. src/integrations/offline.ts lists and hashes dist/ and
 * passes the result in; nothing here reads the disk.
 */
import { createHash } from 'node:crypto';
import { selectPrecache, type PrecacheEntry } from './select.ts';

/** A built file: its path relative to dist/ with "/" separators, its size and its sha256 (hex). */
export interface SiteFile {
  path: string;
  size: number;
  hash: string;
}

/** Priority classes, stored in this order until the budget runs out. */
export const TIER = {
  /** Styles, scripts, fonts, the search engine, the root and offline pages: always stored. */
  shell: 0,
  /** Each language's home and section pages (timeline, map, search…) and its search dictionary. */
  section: 1,
  /** What the timeline, the map and search load: data chunks, the basemap, the search index. */
  browse: 2,
  /** Search result excerpts: small, and needed to show any result. */
  fragments: 3,
  /** Event pages and their photos. */
  events: 4,
  /** Day, place, source and type pages. */
  pages: 5,
  /** Downloads and feeds: exports in CSV, GeoJSON, feeds, schemas. */
  extras: 6,
} as const;

export interface PrecacheOptions {
  langs: readonly string[];
  /** Bytes the service worker stores at most, beyond the shell. */
  budget: number;
  /** Pagefind's wasm files per language, from pagefind-entry.json ("unknown" serves languages without a stemmer). */
  pagefindWasm?: Record<string, string[]>;
  /** Pagefind's optional UI files (pagefind-ui.js…) that some page or script of the site names: only those are stored. */
  referencedPagefindUi?: ReadonlySet<string>;
}

// Never stored: the worker itself, its manifest and the sizes it offers, the downloadable copy, frames meant for other
// sites, host configuration, source maps, and .woff fonts (every browser with a service worker reads woff2).
const EXCLUDED = [
  /^sw\.js$/,
  /^offline-manifest\.[\w-]+\.json$/,
  /^offline\.json$/,
  /^download\//,
  /^embed\//,
  /^_(headers|redirects)$/,
  /^robots\.txt$/,
  /^sitemap[\w-]*\.xml$/,
  /\.map$/,
  /\.woff$/,
  /(^|\/)\.[^/]*$/,
];
const PAGEFIND_CORE = /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|shards\.json)$/;
/** A shard of a language's search index beyond the first: a bundle of its own in pagefind/<lang>-<n>/ (src/lib/search/shards.ts). */
const PAGEFIND_SHARD = /^pagefind\/([a-z]{2,3})-\d+\/(.+)$/;
const PAGEFIND_UI = /^pagefind\/(pagefind-[\w-]+\.(js|css))$/;
const MEDIA = /\.(png|jpe?g|webp|avif|gif)$/i;

/** The URL a file is requested by, relative to the site's root: directory pages end with "/". */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The language a file belongs to: a path segment ("kk/…", "data/explore/kk/…"), the folder of a
 * search index shard ("pagefind/kk-1/…") or Pagefind's "kk_" prefix.
 */
export function langOf(path: string, options: Pick<PrecacheOptions, 'langs' | 'pagefindWasm'>): string {
  const shard = PAGEFIND_SHARD.exec(path)?.[1];
  if (shard && options.langs.includes(shard)) return shard;
  const segments = path.split('/');
  const inPath = options.langs.find((l) => segments.slice(0, -1).includes(l));
  if (inPath) return inPath;
  const name = segments.at(-1) ?? '';
  if (path.startsWith('pagefind/')) {
    const prefixed = options.langs.find((l) => name.startsWith(`${l}_`) || name.startsWith(`pagefind.${l}_`));
    if (prefixed) return prefixed;
    const wasm = /^wasm\.([\w-]+)\.pagefind$/.exec(name)?.[1];
    const users = wasm ? (options.pagefindWasm?.[wasm] ?? (options.langs.includes(wasm) ? [wasm] : [])) : [];
    if (users.length === 1) return users[0]!;
  }
  return '';
}

/** A file's priority class, or null when it is never stored. */
export function tierOf(path: string, options: Pick<PrecacheOptions, 'langs' | 'referencedPagefindUi'>): number | null {
  if (EXCLUDED.some((re) => re.test(path))) return null;
  const segments = path.split('/');
  if (path.endsWith('.html')) {
    if (!options.langs.includes(segments[0]!)) return segments.length <= 2 ? TIER.shell : TIER.pages;
    if (segments.length <= 3) return TIER.section; // kk/index.html, kk/timeline/index.html
    return segments[1] === 'events' ? TIER.events : TIER.pages;
  }
  if (path.startsWith('pagefind/')) {
    const shard = PAGEFIND_SHARD.exec(path);
    if (shard) {
      // A shard's files go where the first bundle's do, but its entry file is fetched only by
      // readers of its language, with its pf_meta; scripts it may carry are never fetched.
      const inBundle = shard[2]!;
      if (inBundle === 'pagefind-entry.json') return TIER.section;
      if (/\.(js|css)$/.test(inBundle)) return null;
      return tierOf(`pagefind/${inBundle}`, options);
    }
    if (PAGEFIND_CORE.test(path)) return TIER.shell;
    const ui = PAGEFIND_UI.exec(path);
    if (ui) return options.referencedPagefindUi?.has(ui[1]!) ? TIER.shell : null;
    if (/\.pf_meta$|^pagefind\/wasm\./.test(path)) return TIER.section;
    if (path.startsWith('pagefind/fragment/')) return TIER.fragments;
    return TIER.browse; // index/ and filter/ chunks
  }
  if (MEDIA.test(path)) return TIER.events;
  if (path.startsWith('_astro/') || segments.length === 1)
    return path.endsWith('.xml') || path.endsWith('.txt') ? TIER.extras : TIER.shell;
  if (path.startsWith('data/') && path.endsWith('.json') && !path.startsWith('data/schema/')) return TIER.browse;
  return TIER.extras;
}

/** Every storable file as an entry, in priority order (tier, then path). */
export function precacheEntries(files: readonly SiteFile[], options: PrecacheOptions): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  for (const file of files) {
    const tier = tierOf(file.path, options);
    if (tier === null) continue;
    entries.push({
      url: urlOf(file.path),
      size: file.size,
      hash: file.hash.slice(0, 16),
      tier,
      lang: langOf(file.path, options),
    });
  }
  return entries.sort((a, b) => a.tier - b.tier || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The files written from the others, after them: they never count in the version. */
const WORKER_FILES = /^(sw\.js|offline\.json|offline-manifest\.[\w-]+\.json)$/;

/** A version that changes whenever any file of the site (other than the worker's own files) changes. */
export function siteVersion(files: readonly SiteFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    if (!WORKER_FILES.test(f.path) && !f.path.startsWith('download/')) h.update(`${f.path}\0${f.hash}\n`);
  return h.digest('hex').slice(0, 12);
}

export interface Manifest {
  version: string;
  budget: number;
  /** [url, size, hash, tier, lang]: compact, since a large site lists thousands. */
  entries: [string, number, string, number, string][];
}

export interface PrecachePlan {
  manifest: Manifest;
  /** Bytes of every storable file. */
  candidates: { count: number; bytes: number };
  /**
   * What saving costs, per choice of languages: "kk", "kk,ru"… (in the order of `langs`), and ""
   * for every language. The page shows these before the reader decides.
   */
  perReader: Record<string, { count: number; bytes: number }>;
  /** True when every storable file fits the budget. */
  complete: boolean;
}

const sum = (entries: readonly PrecacheEntry[]) => ({
  count: entries.length,
  bytes: entries.reduce((n, e) => n + e.size, 0),
});

/** Every non-empty choice of languages, each in the order of `langs`: [kk], [ru], [kk, ru]… */
export function langChoices(langs: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << langs.length; mask++) out.push(langs.filter((_, i) => mask & (1 << i)));
  return out.sort((a, b) => a.length - b.length);
}

/**
 * The manifest the service worker reads: only the entries some choice of languages would store,
 * so that a very large site does not ship a manifest listing files nobody could download.
 */
export function planPrecache(files: readonly SiteFile[], options: PrecacheOptions): PrecachePlan {
  const all = precacheEntries(files, options);
  const perReader: Record<string, { count: number; bytes: number }> = {};
  const kept = new Set<PrecacheEntry>();
  for (const choice of [[], ...langChoices(options.langs)]) {
    const chosen = selectPrecache(all, options.budget, choice);
    perReader[choice.join(',')] = sum(chosen);
    for (const e of chosen) kept.add(e);
  }
  const entries = all.filter((e) => kept.has(e));
  return {
    manifest: {
      version: siteVersion(files),
      budget: options.budget,
      entries: entries.map((e) => [e.url, e.size, e.hash, e.tier, e.lang]),
    },
    candidates: sum(all),
    perReader,
    complete: entries.length === all.length && perReader['']!.count === all.length,
  };
}
