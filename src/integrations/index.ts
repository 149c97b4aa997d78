/**
 * The chronicle's own Astro integration: what `astro build` does once the pages are written.
 * Pagefind indexes the entries while the offline copy packs every other file, and adds the index
 * once it is ready (at 10,000 entries this saves a third of the time the two take one after the
 * other); then the service worker, its manifest and the checksums are written
 * (src/integrations/offline.ts). `base` and `site` come from Astro's resolved configuration, never
 * from the environment again.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexLine, indexSite } from './pagefind.ts';
import { buildOffline, offlineLines, zipDate } from './offline.ts';
import { loadMirrors } from '../lib/content/mirrors.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { shardPagesFrom, SHARD_PAGES_VAR } from '../lib/search/shards.ts';

export interface QantarBuildOptions {
  /** Bytes the service worker stores at most beyond the shell when a reader saves the site. Default: OFFLINE_BUDGET_MB or 25 MB. */
  offlineBudget?: number;
}

export default function qantarBuild(options: QantarBuildOptions = {}): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = process.cwd();
  let cacheDir: string | undefined;
  let shardPages: number | undefined;
  return {
    name: 'qantar-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL('qantar-offline/', config.cacheDir));
        // read here, so that a wrong value stops the build before the pages, not after them
        shardPages = shardPagesFrom(process.env[SHARD_PAGES_VAR]);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const { mirrors, problems } = loadMirrors(root, CONTENT_DIR);
        if (problems.length)
          throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n'));
        const budget = options.offlineBudget ?? Number(process.env.OFFLINE_BUDGET_MB ?? 25) * 1024 * 1024;
        const searchIndex = indexSite(dist, shardPages);
        // buildOffline awaits the index, and fails with it, only once every other file is packed:
        // until then a failure is held here rather than ending the build as an unhandled rejection.
        searchIndex.catch(() => undefined);
        const report = await buildOffline(dist, {
          base,
          site,
          budget,
          mtime: zipDate(),
          mirrors,
          searchIndex,
          ...(cacheDir ? { cacheDir } : {}),
        });
        logger.info(indexLine(await searchIndex));
        for (const line of offlineLines(report, budget)) logger.info(line);
        logger.info(`search index and offline copy done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
