// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownConfig } from './src/markdown/processor.mjs';
import qantarBuild from './src/integrations/index.ts';
import mdx from '@astrojs/mdx';
import { rejectMdxCode } from './src/markdown/reject-mdx-code.ts';

import { siteConfig } from './src/site.config.ts';
import { incrementalBuild } from './src/incremental.ts';

// The public address comes from one place (src/site.config.ts, SITE_URL). BASE_PATH: a sub-path such as /qantar/.
const site = siteConfig.siteUrl ?? undefined;
const base = process.env.BASE_PATH ?? '/';

/**
 * Says in the build log what a build without the public address writes, and what to set.
 * @type {import('astro').AstroIntegration}
 */
const siteAddressNotice = {
  name: 'qantar:site-address',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (!site)
        logger.warn(
          'SITE_URL is not set: citations, permanent, canonical and hreflang links, feeds and open data give paths (/en/events/…) instead of addresses. For the public site set SITE_URL=https://<its address> (the deploy workflow sets it to the GitHub Pages address).',
        );
    },
  },
};

export default defineConfig({
  // a separate cache for builds of temporary content (tests, benchmark), so they never mix with the real one
  ...(process.env.QANTAR_CACHE_DIR ? { cacheDir: process.env.QANTAR_CACHE_DIR } : {}),
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Pages are rendered a few at a time, so that writing one page's file overlaps rendering the next
  // (one at a time, the build waits on the disk for a third of its time at 10,000 entries).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: ['kk', 'ru', 'en'],
    defaultLocale: 'kk',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: markdownConfig,
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // After the pages: the search index, the service worker, the offline copy and the checksums.
  // Stories (and MDX entries) are content MDX: held to our components before they compile, and
  // never sanitized like Markdown, which would strip the components.
  integrations: [siteAddressNotice, mdx({ processor: satteri({ mdastPlugins: [rejectMdxCode()] }) }), qantarBuild()],
  devToolbar: { enabled: false },
  // A rebuild copies a page from the previous build when nothing it shows has changed: the pages
  // give Astro a key of everything they read (src/lib/page-keys.ts), and Astro hashes their code.
  // Up to 30,000 entries: the record costs more memory than a larger chronicle can spare
  // (src/incremental.ts). A build without the previous one's cache (the deploy workflow's, with
  // --force) renders every page.
  experimental: { incrementalBuild: incrementalBuild() },
  vite: {
    // Vite's preload helper names a dynamic import's dependencies from the site root ("/_astro/…"),
    // which the downloadable copy, served from any folder, cannot answer: in scripts, built URLs are
    // relative to the importing file instead (Vite's renderBuiltUrl)
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  },
});
