/**
 * The chronicle's own Astro integration: what follows the pages (src/integrations/post-build.ts),
 * with `base`, `site` and the cache folder from Astro's resolved configuration, never from the
 * environment again. Under `npm run build` it only hands those settings to scripts/build.ts, which
 * runs the step once Astro's process has exited and given its memory back; under a bare
 * `astro build` it runs the step here.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../content-dir.ts';
import { shardPagesFrom, SHARD_PAGES_VAR } from '../lib/search/shards.ts';
import { postBuild, POST_BUILD_VAR, type PostBuildSettings } from './post-build.ts';

export interface QantarBuildOptions {
  /** Bytes the service worker stores at most beyond the shell when a reader saves the site. Default: OFFLINE_BUDGET_MB or 25 MB. */
  offlineBudget?: number;
}

export default function qantarBuild(options: QantarBuildOptions = {}): AstroIntegration {
  let settings: Omit<PostBuildSettings, 'dist'> | undefined;
  return {
    name: 'qantar-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        settings = {
          root: fileURLToPath(config.root),
          contentDir: CONTENT_DIR,
          base: config.base,
          ...(config.site ? { site: config.site } : {}),
          cacheDir: fileURLToPath(new URL('qantar-offline/', config.cacheDir)),
          // read here, so that a wrong value stops the build before the pages, not after them
          shardPages: shardPagesFrom(process.env[SHARD_PAGES_VAR]),
          offlineBudget: options.offlineBudget ?? Number(process.env.OFFLINE_BUDGET_MB ?? 25) * 1024 * 1024,
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const resolved: PostBuildSettings = { ...settings!, dist: fileURLToPath(dir) };
        const handOver = process.env[POST_BUILD_VAR];
        if (handOver) {
          writeFileSync(handOver, JSON.stringify(resolved));
          logger.info('search index and offline copy: next, once this process has exited');
        } else await postBuild(resolved, (line) => logger.info(line));
      },
    },
  };
}
