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
import { resolve } from 'node:path';
import { LANGS } from '../schema/enums.ts';

export interface IndexReport {
  pages: number;
  ms: number;
}

/** Writes dist/pagefind/. Pagefind's own binary does the work, in a process of its own. */
export async function indexSite(distDir: string): Promise<IndexReport> {
  const dist = resolve(distDir);
  const started = performance.now();
  // Section headings, field names, badges and notices are the page's chrome, not its words.
  const { index, errors: createErrors } = await pagefind.createIndex({
    rootSelector: 'html',
    excludeSelectors: ['article section > h2', '.facts dt', '.badge', '.notice', '.muted', 'event-map'],
  });
  if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
  try {
    const { errors, page_count } = await index.addDirectory({
      path: dist,
      glob: `{${LANGS.join(',')}}/{events,stories,people}/*/index.html`,
    });
    if (errors.length) throw new Error(`pagefind: ${errors.join('\n')}`);
    const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('\n')}`);
    return { pages: page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** The line the build prints; `npm run bench` reads the time from it. */
export function indexLine(r: IndexReport): string {
  return `pagefind: ${r.pages} pages read in ${Math.round(r.ms)} ms`;
}
