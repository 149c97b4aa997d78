/**
 * The search index, written after the pages (src/integrations/index.ts): one Pagefind index per
 * language (split by `<html lang>`), from the pages search finds: entries, stories, and the people
 * with a publication basis (a record without one has no page, so it cannot reach the index).
 * `data-pagefind-body` is on each one's main content, never on the page chrome. Only those pages are
 * read (`glob`): no other page has a `data-pagefind-body`, and skipping them halves the work at
 * thousands of entries.
 * As Starlight does (withastro/starlight packages/starlight/integrations/pagefind.ts), through
 * Pagefind's Node API, every response's errors checked.
 */
import * as pagefind from 'pagefind';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS } from '../schema/enums.ts';

export interface IndexReport {
  pages: number;
  ms: number;
}

/** Pagefind's pagefind-entry.json: the languages of the index and their files. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

/**
 * Writes dist/pagefind/. Pagefind's own binary does the work, in a process of its own, one
 * language at a time: Pagefind splits the index by language anyway (every file but the shared
 * scripts is named after its language), and it holds every page it reads in memory until it
 * writes, so three runs need a third of the memory of one (1.3 GB for 30,000 pages in one run).
 * The runs give the same files as one, byte for byte; only pagefind-entry.json, which each run
 * writes for its own language, is joined afterwards. Pagefind cannot update an index: each build
 * indexes every entry again (Pagefind/pagefind#71).
 */
export async function indexSite(distDir: string): Promise<IndexReport> {
  const dist = resolve(distDir);
  const outputPath = resolve(dist, 'pagefind');
  const entryFile = resolve(outputPath, 'pagefind-entry.json');
  const started = performance.now();
  let pages = 0;
  let joined: PagefindEntry | undefined;
  for (const lang of [...LANGS].sort()) {
    // Section headings, field names, badges and notices are the page's chrome, not its words.
    const { index, errors: createErrors } = await pagefind.createIndex({
      rootSelector: 'html',
      excludeSelectors: ['article section > h2', '.facts dt', '.badge', '.notice', '.muted', 'event-map'],
    });
    if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
    try {
      const { errors, page_count } = await index.addDirectory({
        path: dist,
        glob: `${lang}/{events,stories,people}/*/index.html`,
      });
      if (errors.length) throw new Error(`pagefind: ${errors.join('\n')}`);
      pages += page_count;
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('\n')}`);
      const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
      joined = joined ? { ...joined, languages: { ...joined.languages, ...entry.languages } } : entry;
    } finally {
      await pagefind.close();
    }
  }
  if (!joined) throw new Error('pagefind: no language to index');
  // as Pagefind writes it for several languages at once: compact, languages in alphabetical order
  const languages = Object.fromEntries(Object.entries(joined.languages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(entryFile, JSON.stringify({ ...joined, languages }));
  return { pages, ms: performance.now() - started };
}

/** The line the build prints; `npm run bench` reads the time from it. */
export function indexLine(r: IndexReport): string {
  return `pagefind: ${r.pages} pages read in ${Math.round(r.ms)} ms`;
}
