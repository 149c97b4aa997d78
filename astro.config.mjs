// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriSanitize } from './src/markdown/sanitize.mjs';
import mdx from '@astrojs/mdx';
import { rejectMdxCode } from './src/markdown/reject-mdx-code.ts';

// SITE_URL: the public address (canonical URLs, feeds). BASE_PATH: a sub-path such as /qantar/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // a separate cache for builds of temporary content (tests, benchmark), so they never mix with the real one
  ...(process.env.QANTAR_CACHE_DIR ? { cacheDir: process.env.QANTAR_CACHE_DIR } : {}),
  site,
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
  markdown: {
    syntaxHighlight: false, // Shiki writes style="" attributes, which the CSP refuses
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [satteriSanitize()] }),
  },
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
  // Stories (and MDX entries) are content MDX: held to our components before they compile, and
  // never sanitized like Markdown, which would strip the components.
  integrations: [mdx({ processor: satteri({ mdastPlugins: [rejectMdxCode()] }) })],
  devToolbar: { enabled: false },
});
