/**
 * The search index, written after the pages (src/integrations/post-build.ts): one Pagefind index per
 * language (split by `<html lang>`), from the pages search finds: entries, stories, and the people
 * with a publication basis (a record without one has no page, so it cannot reach the index).
 * `data-pagefind-body` is on each one's main content, never on the page chrome. Only those pages are
 * read (`glob`): no other page has a `data-pagefind-body`, and skipping them halves the work at
 * thousands of entries.
 * As Starlight does (withastro/starlight packages/starlight/integrations/pagefind.ts), through
 * Pagefind's Node API, every response's errors checked.
 */
import * as pagefind from 'pagefind';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../schema/enums.ts';
import {
  planShards,
  shardFolder,
  shardPagesFrom,
  SHARD_PAGES_VAR,
  SORT_KEY,
  type ShardManifest,
} from '../lib/search/shards.ts';

export interface IndexReport {
  pages: number;
  ms: number;
  /** Shards per language (1 when the language fits one Pagefind run). */
  shards: Record<string, number>;
}

/** Pagefind's pagefind-entry.json: the languages of the index and their files. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

/** The sections whose pages search finds, under each language. */
const SECTIONS = ['events', 'stories', 'people'] as const;
const glob = (lang: string) => `${lang}/{${SECTIONS.join(',')}}/*/index.html`;

/** The pages `glob(lang)` names, as paths relative to dist/, sorted. */
export function indexablePages(dist: string, lang: string): string[] {
  const pages: string[] = [];
  for (const section of SECTIONS) {
    const dir = join(dist, lang, section);
    if (!existsSync(dir)) continue;
    for (const d of readdirSync(dir, { withFileTypes: true }))
      if (d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
        pages.push(`${lang}/${section}/${d.name}/index.html`);
  }
  return pages.sort();
}

const SORT_ATTRIBUTE = `data-pagefind-sort="${SORT_KEY}:`;

/**
 * A page's `date` sort value as Pagefind reads it (data-pagefind-sort="date:…"), undefined when it
 * has none. Read from the bytes: a string cut from the decoded page would keep the whole page in
 * memory for as long as the value lives (V8 slices strings), 600 MB for 30,000 pages.
 */
export function sortValue(html: Buffer): string | undefined {
  const at = html.indexOf(SORT_ATTRIBUTE);
  if (at < 0) return undefined;
  const start = at + Buffer.byteLength(SORT_ATTRIBUTE);
  const end = html.indexOf('"', start);
  return end < 0 ? undefined : html.toString('utf8', start, end);
}

// Section headings, field names, badges and notices are the page's chrome, not its words.
const INDEX_CONFIG = {
  rootSelector: 'html',
  excludeSelectors: ['article section > h2', '.facts dt', '.badge', '.notice', '.muted', 'event-map'],
};

/** Pages sent to Pagefind while it parses the one before: its service handles them one by one, in order. */
const IN_FLIGHT = 8;

/**
 * One Pagefind run: the pages (all of `glob(lang)`, or the listed ones), written as a bundle to
 * outputPath. Returns the number of pages read.
 */
async function indexRun(dist: string, lang: string, pages: readonly string[] | 'all', outputPath: string) {
  const { index, errors: createErrors } = await pagefind.createIndex(INDEX_CONFIG);
  if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
  try {
    let count: number;
    if (pages === 'all') {
      const { errors, page_count } = await index.addDirectory({ path: dist, glob: glob(lang) });
      if (errors.length) throw new Error(`pagefind: ${errors.join('\n')}`);
      count = page_count;
    } else {
      // sourcePath relative to dist/ gives the URL addDirectory gives ("/en/events/<id>/"); the
      // service keeps the pages in the order they were sent, so the output does not vary
      let next = 0;
      const send = async () => {
        while (next < pages.length) {
          const sourcePath = pages[next++]!;
          const { errors } = await index.addHTMLFile({
            sourcePath,
            content: readFileSync(join(dist, sourcePath), 'utf8'),
          });
          if (errors.length) throw new Error(`pagefind: ${sourcePath}: ${errors.join('\n')}`);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, send));
      count = pages.length;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('\n')}`);
    return count;
  } finally {
    // the binary exits and gives its memory back before the next run starts
    await pagefind.close();
  }
}

/**
 * A shard beyond the first is only ever merged into the first bundle, whose script, worker and
 * wasm do the searching: its own copies (about 700 KB) would never be fetched.
 */
function trimShard(dir: string): void {
  for (const name of readdirSync(dir))
    if (/^pagefind[\w.-]*\.(js|css)$|^wasm\.[\w-]+\.pagefind$/.test(name)) rmSync(join(dir, name));
}

/**
 * Writes dist/pagefind/. Pagefind's own binary does the work, in a process of its own, one
 * language at a time: Pagefind splits the index by language anyway (every file but the shared
 * scripts is named after its language), and it holds every page it reads in memory until it
 * writes, so three runs need a third of the memory of one (1.3 GB for 30,000 pages in one run).
 * The runs give the same files as one, byte for byte; only pagefind-entry.json, which each run
 * writes for its own language, is joined afterwards. Pagefind cannot update an index: each build
 * indexes every entry again (Pagefind/pagefind#71).
 *
 * A language with more than `shardPages` pages is indexed in shards (src/lib/search/shards.ts),
 * one run each, so that memory stays one shard's worth: the first shard in pagefind/ as above, the
 * others as bundles of their own in pagefind/<lang>-<n>/, listed in pagefind/shards.json (always
 * written, empty lists when nothing is sharded).
 */
export async function indexSite(distDir: string, shardPages?: number): Promise<IndexReport> {
  const limit = shardPages ?? shardPagesFrom(process.env[SHARD_PAGES_VAR]);
  const dist = resolve(distDir);
  const outputPath = resolve(dist, 'pagefind');
  const entryFile = resolve(outputPath, 'pagefind-entry.json');
  const started = performance.now();
  // shards of an earlier run over the same dist/ (Astro empties it before a build; a rerun does not)
  if (existsSync(outputPath))
    for (const name of readdirSync(outputPath))
      if (/^[a-z]{2,3}-\d+$/.test(name)) rmSync(join(outputPath, name), { recursive: true });
  let pages = 0;
  let joined: PagefindEntry | undefined;
  const manifest: ShardManifest = Object.fromEntries(LANGS.map((l) => [l, []]));
  const shards: Record<string, number> = {};
  for (const lang of [...LANGS].sort()) {
    const listed = indexablePages(dist, lang);
    const plan =
      listed.length > limit
        ? planShards(
            listed.map((path) => ({ path, date: sortValue(readFileSync(join(dist, path))) })),
            limit,
          )
        : undefined;
    shards[lang] = plan?.length ?? 1;
    // the first shard, or the whole language as before sharding (addDirectory, the same glob)
    pages += await indexRun(dist, lang, plan?.[0] ?? 'all', outputPath);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
    joined = joined ? { ...joined, languages: { ...joined.languages, ...entry.languages } } : entry;
    for (let n = 1; n < (plan?.length ?? 0); n++) {
      const dir = resolve(outputPath, shardFolder(lang, n));
      pages += await indexRun(dist, lang, plan![n]!, dir);
      trimShard(dir);
      manifest[lang]!.push(shardFolder(lang, n));
    }
  }
  if (!joined) throw new Error('pagefind: no language to index');
  // as Pagefind writes it for several languages at once: compact, languages in alphabetical order
  const languages = Object.fromEntries(Object.entries(joined.languages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(entryFile, JSON.stringify({ ...joined, languages }));
  writeFileSync(resolve(outputPath, 'shards.json'), JSON.stringify(manifest));
  return { pages, ms: performance.now() - started, shards };
}

/** The line the build prints; `npm run bench` reads the time from it. */
export function indexLine(r: IndexReport): string {
  const sharded = Object.entries(r.shards)
    .filter(([, n]) => n > 1)
    .map(([lang, n]) => `${lang} ${n}`);
  return `pagefind: ${r.pages} pages read in ${Math.round(r.ms)} ms${sharded.length ? ` (shards: ${sharded.join(', ')})` : ''}`;
}
