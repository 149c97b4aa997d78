// How entries' Markdown becomes HTML: one definition for astro.config.mjs (what Astro renders) and
// for the pages that render an entry's body themselves (src/lib/markdown-html.ts), so that both
// give the same HTML.
import { satteri } from '@astrojs/markdown-satteri';
import { satteriNoRawHtml } from './no-raw-html.mjs';

/** Astro's `markdown` configuration. */
export const markdownConfig = {
  syntaxHighlight: /** @type {false} */ (false), // Shiki writes style="" attributes, which the CSP refuses
  // Content never carries HTML (the validator refuses it): raw HTML stays off, and the plugin drops
  // whatever raw node or unsafe link would slip past a missed check.
  processor: satteri({ features: { rawHtml: false }, hastPlugins: [satteriNoRawHtml()] }),
};
