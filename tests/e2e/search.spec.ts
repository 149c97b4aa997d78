/**
 * Search as a Kazakh, Russian or English reader types it (issue 12, "Search finds what a Kazakh or
 * Russian reader types"): each pair of spellings finds the same entries, and at least every entry
 * whose title or summary has either spelling; excerpts show the entry's own words, never the folded
 * or alias words that made the match, nor the labels above the title.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/content/load.ts';
import { foldKazakh, searchFold } from '../../src/lib/fold.ts';
import { words } from '../../src/lib/search/terms.ts';
import { chronicle, LANGS, register } from './site.ts';

const c = chronicle();
type Lang = (typeof LANGS)[number];

const PAIRS: Record<Lang, [string, string][]> = {
  kk: [
    ['Тоқаев', 'Токаев'],
    ['Жаңаөзен', 'Жанаозен'],
    ['Ақтау', 'Актау'],
    ['Алматы', 'Almaty'],
  ],
  ru: [
    ['пытки', 'пыток'],
    ['Тоқаев', 'Токаев'],
    ['Нур-Султан', 'Астана'],
    ['Жаңаөзен', 'Жанаозен'],
  ],
  en: [
    ['Алматы', 'Almaty'],
    // the city's old name in both scripts ("Almaty" also finds Almaty Region, which Alma-Ata is not)
    ['Alma-Ata', 'Алма-Ата'],
    ['Tokaev', 'Tokayev'],
    ['Janaozen', 'Zhanaozen'],
    ['Nur-Sultan', 'Astana'],
  ],
};

/** Entries whose title or summary in this language has a word beginning with either spelling (folded). */
function mustFind(lang: Lang, spellings: string[]): string[] {
  // the spelling less its ending, so inflected forms count ("Алматыда"), but not so short that other
  // words do ("алма" would take in "алмақ", to take)
  const stems = spellings.map((s) => searchFold(s).slice(0, Math.max(5, s.length - 1)));
  return c.events
    .filter((e) => {
      const t = e.texts[lang];
      return t && words(`${t.title} ${t.summary}`).some((w) => stems.some((s) => searchFold(w).startsWith(s)));
    })
    .map((e) => e.id);
}

async function results(page: Page, lang: Lang, query: string) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('site-search[data-count]')).toBeAttached();
  await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true');
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const n = await page.locator('.search-result').count();
    await more.click();
    await expect(page.locator('.search-result')).not.toHaveCount(n);
  }
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      id: li.querySelector('h2 a')!.getAttribute('href')!.split('/').at(-2)!,
      title: li.querySelector('h2')!.textContent!,
      excerpt: li.querySelector('p')!.textContent!,
      marks: [...li.querySelectorAll('p mark')].map((m) => m.textContent!),
    })),
  );
}

/** Words a folded copy would add but that no text of the chronology has: they must never be shown. */
const helperWords = (() => {
  const content = loadContent(join(import.meta.dirname, '../..'));
  const text = [
    ...content.events.map((e) => e.body),
    ...content.translations.map((t) => `${t.data.title} ${t.data.summary} ${t.body}`),
    ...c.events.flatMap((e) => Object.values(e.texts).map((t) => `${t!.title} ${t!.summary}`)),
    ...content.sources.map((s) => s.data.title),
    // stories and the pages of named people are searched too: their own words are written words
    ...[...content.stories, ...content.storyTexts].map((s) => `${s.data.title} ${s.data.summary} ${s.body}`),
    ...content.people.flatMap((p) => [
      ...(p.data.name ? [p.data.name.kk, p.data.name.ru, p.data.name.en, ...p.data.name.variants] : []),
      ...p.data.statements.map((st) => st.detail ?? ''),
    ]),
    ...content.personTexts.flatMap((t) => t.data.details),
  ].join(' ');
  const all = words(text);
  const written = new Set(all.map((w) => w.toLowerCase()));
  return new Set(all.map((w) => foldKazakh(w).toLowerCase()).filter((f) => !written.has(f)));
})();

for (const lang of LANGS) {
  for (const [a, b] of PAIRS[lang]) {
    test(`/${lang}/search/: "${a}" and "${b}" find the same entries, with the page's own words marked`, async ({
      page,
    }) => {
      const first = await results(page, lang, a);
      const second = await results(page, lang, b);
      const ids = first.map((r) => r.id).sort();
      expect(ids.length).toBeGreaterThan(0);
      expect(second.map((r) => r.id).sort()).toEqual(ids);
      expect(ids).toEqual(expect.arrayContaining(mustFind(lang, [a, b])));
      for (const r of [...first, ...second]) {
        const shown = words(r.excerpt).map((w) => w.toLowerCase());
        expect(
          shown.filter((w) => helperWords.has(w)),
          `${r.id}: ${r.excerpt}`,
        ).toEqual([]);
        expect(r.excerpt).not.toMatch(/https?:\/\/|look for archived copies|искать архивные копии|көшірмелерді іздеу/);
      }
      // an entry whose title or summary has the word shows it marked, whichever spelling was typed
      const named = new Set(mustFind(lang, [a, b]));
      for (const r of [...first, ...second].filter((r) => named.has(r.id)))
        expect(r.marks.length, `${r.id}: ${r.excerpt}`).toBeGreaterThan(0);
    });
  }
}

test('the pairs above also meet stories and named people: both are in the index', async ({ page }) => {
  const stories = new Set(loadContent(join(import.meta.dirname, '../..')).stories.map((s) => s.id));
  const named = new Set(
    register()
      .filter((p) => p.named)
      .map((p) => p.id),
  );
  for (const lang of LANGS) {
    const ids = (await results(page, lang, 'Алматы')).map((r) => r.id);
    expect(ids.filter((id) => stories.has(id)).length, lang).toBeGreaterThan(0);
    expect(ids.filter((id) => named.has(id)).length, lang).toBeGreaterThan(0);
  }
});

test('Kazakh words typed without Kazakh letters are marked as the entry writes them', async ({ page }) => {
  const found = await results(page, 'kk', 'Токаев');
  const marks = new Set(found.flatMap((r) => r.marks));
  expect(marks.has('Тоқаев')).toBe(true);
  expect([...marks].filter((m) => m.toLowerCase() === 'токаев')).toEqual([]); // no kk text writes it so
});

test('excerpts start with the entry itself: type, date and place labels are not indexed', async ({ page }) => {
  const type = c.events[0]!.data.type;
  for (const lang of LANGS) {
    await page.goto(`/${lang}/search/?type=${type}`);
    await expect(page.locator('site-search[data-count]')).toBeAttached();
    const shown = await page
      .locator('.search-result')
      .evaluateAll((items) =>
        items.map((li) => [li.querySelector('h2')!.textContent!, li.querySelector('p')!.textContent!]),
      );
    expect(shown.length).toBeGreaterThan(0);
    for (const [title, excerpt] of shown)
      expect(excerpt.startsWith(title!.slice(0, 20)), `${lang}: ${excerpt}`).toBe(true);
  }
});
