/**
 * What follows the pages: Pagefind indexes the entries while the offline copy packs every other
 * file, and adds the index once it is ready (at 10,000 entries this saves a third of the time the
 * two take one after the other); then the service worker, its manifest and the checksums are
 * written (src/integrations/offline.ts).
 *
 * It runs in one of two places, with the same settings (`PostBuildSettings`, taken from Astro's
 * resolved configuration by src/integrations/index.ts):
 * - `npm run build` (scripts/build.ts) runs it in a process of its own once `astro build` has
 *   exited. Astro keeps the whole content store in memory until its process ends (3.2 GB at
 *   100,000 entries), so the index and the copy beside it would add their own memory to that.
 * - a bare `astro build` runs it in Astro's `astro:build:done` hook, so the site it writes is
 *   complete either way.
 */
import { loadMirrors } from '../lib/content/mirrors.ts';
import { indexLine, indexSite } from './pagefind.ts';
import { buildOffline, offlineLines, zipDate } from './offline.ts';

/**
 * When this variable names a file, the integration writes its settings there instead of running
 * the step, and whoever started `astro build` runs it (scripts/build.ts).
 */
export const POST_BUILD_VAR = 'QANTAR_POST_BUILD_FILE';

export interface PostBuildSettings {
  /** The built site (Astro's outDir), an absolute path. */
  dist: string;
  /** The project root, where content/mirrors.yaml is read. */
  root: string;
  /** The content folder, relative to root (QANTAR_CONTENT). */
  contentDir: string;
  /** Astro's `base`. */
  base: string;
  /** Astro's `site`, when set. */
  site?: string;
  /** Where the copy's compressed entries are kept between builds. */
  cacheDir: string;
  /** Pages per Pagefind run (src/lib/search/shards.ts). */
  shardPages: number;
  /** Bytes the service worker stores at most beyond the shell. */
  offlineBudget: number;
}

/** Runs the search index and the offline copy over a built site; `log` gets the lines `npm run bench` reads. */
export async function postBuild(settings: PostBuildSettings, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { mirrors, problems } = loadMirrors(settings.root, settings.contentDir);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n'));
  const searchIndex = indexSite(settings.dist, settings.shardPages);
  // buildOffline awaits the index, and fails with it, only once every other file is packed:
  // until then a failure is held here rather than ending the build as an unhandled rejection.
  searchIndex.catch(() => undefined);
  const report = await buildOffline(settings.dist, {
    base: settings.base,
    ...(settings.site ? { site: settings.site } : {}),
    budget: settings.offlineBudget,
    mtime: zipDate(),
    mirrors,
    searchIndex,
    cacheDir: settings.cacheDir,
  });
  log(indexLine(await searchIndex));
  for (const line of offlineLines(report, settings.offlineBudget)) log(line);
  log(`search index and offline copy done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
