/** axe-core, WCAG 2.0/2.1/2.2 A and AA, on one page of every type, in kk, ru and en, light and dark. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { samplePages } from './built-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['kk', 'ru', 'en']) {
    test(`axe finds no violation on any page type (${lang}, ${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      const paths = samplePages([lang]).filter((p) => p.includes(`/${lang}/`) || !/\/(kk|ru|en)\//.test(p));
      for (const path of paths) {
        await page.goto(path, { waitUntil: 'networkidle' });
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of results.violations) found.push(`${path}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      console.log(`axe ${lang} ${scheme}: ${paths.length} pages, ${found.length} violations`);
      expect(found).toEqual([]);
    });
  }
}
