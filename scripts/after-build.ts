/**
 * What `npm run build` does after `astro build`: the search index (scripts/pagefind.ts) and, at
 * the same time, the offline copy and service worker (scripts/offline.ts). Pagefind works in a
 * process of its own, so the copy packs every page meanwhile and adds the index when it is ready:
 * at 10,000 entries this saves a third of the time the two take one after the other.
 *
 *   node scripts/after-build.ts [dist]
 */
import { indexLine, indexSite } from './pagefind.ts';
import { buildOffline, checkZip, offlineLines, offlineOptions } from './offline.ts';

const started = performance.now();
const dist = process.argv[2] ?? 'dist';
const options = offlineOptions();
const searchIndex = indexSite(dist);
// buildOffline awaits the index, and fails with it, only once every page is packed: until then a
// failure is held here rather than ending the process as an unhandled rejection
searchIndex.catch(() => undefined);
const report = await buildOffline(dist, { ...options, searchIndex });
console.log(indexLine(await searchIndex));
for (const line of offlineLines(report, options.budget)) console.log(line);
console.log(`after-build: search index and offline copy done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
checkZip(report);
