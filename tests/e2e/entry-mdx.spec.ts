/**
 * An entry written in MDX, as a reader sees it in kk, ru and en: every <Quote> the text uses is a
 * quotation in its source's language whose caption leads to the source in the entry's list, every
 * <Ref> a link to the entry it names, every <Figure> the entry's own photo with its caption; and the
 * page has no accessibility violation in light or dark.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { checkMdx, ENTRY_COMPONENTS } from '../../src/lib/content/mdx-rules.ts';
import { LANGS } from './site.ts';

const ROOT = join(import.meta.dirname, '../..');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const content = loadContent(ROOT);
const entry = content.events.find((e) => e.file.endsWith('.mdx') && !e.data.draft);

/** The components the text shown in `lang` uses: its translation's, else the original's. */
function uses(lang: string) {
  const t = content.translations.find((x) => x.eventId === entry!.id && x.lang === lang);
  const file = t?.file ?? entry!.file;
  const text = t?.body ?? entry!.body;
  return { file, uses: checkMdx(text, 1, ENTRY_COMPONENTS).uses };
}

test('the chronicle has an entry written in MDX', () => {
  expect(entry).toBeDefined();
  expect(readFileSync(join(ROOT, entry!.file), 'utf8')).toMatch(/<(Quote|Ref|Figure)\s/);
});

for (const lang of LANGS) {
  test(`the MDX entry renders its quote, links and photos in ${lang}, with no axe violation`, async ({ page }) => {
    const { file, uses: used } = uses(lang);
    expect(used.length, `${file} uses no entry component`).toBeGreaterThan(0);
    await page.goto(`/${lang}/events/${entry!.id}/`);
    const narrative = page.locator('section[aria-labelledby="narrative"]');

    const quotes = used.filter((u) => u.name === 'Quote');
    await expect(narrative.locator('figure.entry-quote')).toHaveCount(quotes.length);
    for (const [i, q] of quotes.entries()) {
      const figure = narrative.locator('figure.entry-quote').nth(i);
      const source = content.sources.find((s) => s.id === q.props.source)!;
      // the words are in the source's language, whatever the page's
      const quoteLang = await figure.locator('blockquote').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
      expect(quoteLang).toBe(source.data.lang);
      await expect(figure.locator('blockquote')).not.toBeEmpty();
      const link = figure.locator('figcaption a');
      await expect(link).toHaveText(source.data.title);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#source-${q.props.source}$`));
      await expect(page.locator(`li#source-${q.props.source}`)).toBeInViewport();
    }

    const refs = used.filter((u) => u.name === 'Ref');
    await expect(narrative.locator('a.entry-ref')).toHaveCount(refs.length);
    for (const [i, r] of refs.entries())
      await expect(narrative.locator('a.entry-ref').nth(i)).toHaveAttribute('href', `/${lang}/events/${r.props.to}/`);

    const figures = used.filter((u) => u.name === 'Figure');
    for (const f of figures) {
      const m = entry!.data.media.find((x) => x.file === f.props.media)!;
      await expect(narrative.getByRole('img', { name: m.alt })).toBeVisible();
    }

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
}

test('each link of the MDX entry leads to a page that exists', async ({ request }) => {
  for (const lang of LANGS)
    for (const r of uses(lang).uses.filter((u) => u.name === 'Ref')) {
      const res = await request.get(`/${lang}/events/${r.props.to}/`);
      expect(res.status(), `${lang} → ${r.props.to}`).toBe(200);
    }
});
