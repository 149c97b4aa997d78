/**
 * axe-core, WCAG 2.0/2.1/2.2 A and AA, on one page of every type, in kk, ru and en, light and dark.
 * One test per page, both schemes in it (one browser context, not two): the tests spread over the
 * workers, and a failure names its page and scheme.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { DIST, samplePages } from './built-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Pages of no language (/, /404) are in every language's sample: each is checked once.
// Without dist/ there is nothing to list; the global setup says how to build it.
const paths = existsSync(DIST) ? [...new Set(samplePages(['kk', 'ru', 'en']))] : [];

test.describe.configure({ mode: 'parallel' });

test('the sample covers every page type in kk, ru and en', () => {
  for (const lang of ['kk', 'ru', 'en'])
    expect(paths.filter((p) => p.includes(`/${lang}/`)).length, lang).toBeGreaterThan(8);
});

for (const path of paths) {
  test(`axe finds no violation on ${path}, light and dark`, async ({ page }) => {
    const found: string[] = [];
    const backgrounds: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Colours come from CSS alone (light-dark(), no script reads the scheme, no colour transitions):
    // the page switched to dark is the page a reader opening it in dark sees, without a second load.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      // Legacy mode runs axe in the page's own frames without opening a blank page to gather the
      // results: the same rules and results (every frame here is the site's own), in half the time.
      const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
      for (const v of results.violations)
        found.push(
          `${scheme}: ${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
    }
    expect(backgrounds[1], 'the page turned dark').not.toBe(backgrounds[0]);
    expect(found).toEqual([]);
  });
}
