/**
 * Indexes the built site for search, after `astro build`: one Pagefind index per language (split
 * by `<html lang>`), from the entries only (`data-pagefind-body` is on the entry, never on the
 * page chrome). `node scripts/pagefind.ts [dist]`.
 */
import * as pagefind from 'pagefind';
import { resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
// Section headings, field names and notices are the page's chrome, not the entry's words.
const { index, errors: createErrors } = await pagefind.createIndex({
  rootSelector: 'html',
  excludeSelectors: ['article section > h2', '.facts dt', '.notice', '.muted', 'event-map'],
});
if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
const { errors, page_count } = await index.addDirectory({ path: dist });
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
if (written.errors.length) {
  console.error(written.errors.join('\n'));
  process.exit(1);
}
await pagefind.close();
console.log(`pagefind: ${page_count} pages read in ${Math.round(performance.now() - started)} ms`);
