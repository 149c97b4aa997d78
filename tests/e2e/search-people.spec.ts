/**
 * Search finds a person with a publication basis by every published spelling of the name, in every
 * language, and says what the hit is; a record without a basis has no page and reaches no index.
 * Expectations come from content/ through the same pure modules as the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { enumKey, useTranslations } from '../../src/i18n/index.ts';
import { nameSpellings } from '../../src/lib/people-text.ts';
import { LANGS, register } from './site.ts';

const people = register();
/** A public figure whose kk, ru and en spellings all differ, with variants besides. */
const figure = people.find((p) => p.id === 'arman-dzhumageldiyev')!;

async function search(page: Page, lang: string, query: string) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('site-search[data-count]')).toBeAttached();
  await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true');
}

test('a named person is found by each spelling of the name in every language, labelled "People" with what happened', async ({
  page,
}) => {
  const spellings = nameSpellings(figure);
  expect(figure.named && figure.data.basis!.kind).toBe('public-figure');
  expect(new Set([figure.data.name!.kk, figure.data.name!.ru, figure.data.name!.en]).size).toBe(3);
  for (const lang of LANGS) {
    const t = useTranslations(lang);
    for (const spelling of spellings) {
      await search(page, lang, spelling);
      const hit = page
        .locator('.search-result')
        .filter({ has: page.locator(`h2 a[href="/${lang}/people/${figure.id}/"]`) });
      await expect(hit, `/${lang}/search/?q=${spelling}`).toHaveCount(1);
      await expect(hit.locator('h2')).toHaveText(figure.data.name![lang]);
      await expect(hit.locator('.event-meta .kind-badge')).toHaveText(t('nav.people'));
      for (const s of figure.statements)
        await expect(hit.locator('.event-meta')).toContainText(t(enumKey('outcome', s.what)));
      // nothing beyond the page's own words: no photo, no labels of the page's chrome in the excerpt
      await expect(hit.locator('img')).toHaveCount(0);
      const excerpt = await hit.locator('.search-excerpt').textContent();
      for (const label of [t('people.spellings'), t('people.title'), t('people.sources')])
        expect(excerpt).not.toContain(label);
    }
  }
});

test('a record without a publication basis reaches no index: its words find nothing, no page of it is indexed', async ({
  page,
}) => {
  const unnamed = people.filter((p) => !p.named);
  const texts = (p: (typeof people)[number]) =>
    Object.values(p.details).flatMap((d) => (d ?? []).filter((x): x is string => Boolean(x)));
  // a word that only a record without a basis has (content/people/taldykorgan-detainee-scalded.md)
  const word = 'scalded';
  expect(unnamed.some((p) => texts(p).some((d) => d.includes(word)))).toBe(true);
  expect(people.filter((p) => p.named).some((p) => texts(p).some((d) => d.includes(word)))).toBe(false);
  await search(page, 'en', word);
  await expect(page.locator('site-search')).toHaveAttribute('data-count', '0');

  // the index itself: people's pages are exactly the named records', and no unnamed record's text is in it
  const dir = join(process.env.DIST ?? 'dist', 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as {
        url: string;
        content: string;
        meta: Record<string, string>;
      },
  );
  const indexed = fragments.map((f) => `${f.content} ${Object.values(f.meta).join(' ')}`).join('\n');
  const personPages = fragments.map((f) => /^\/(\w\w)\/people\/([^/]+)\/$/.exec(f.url)).filter((m) => m !== null);
  expect(personPages.map((m) => `${m[1]} ${m[2]}`).sort()).toEqual(
    people
      .filter((p) => p.named)
      .flatMap((p) => LANGS.map((l) => `${l} ${p.id}`))
      .sort(),
  );
  for (const p of unnamed) {
    if (p.data.name) for (const n of Object.values(p.data.name).flat()) expect(indexed).not.toContain(n);
    for (const d of texts(p)) expect(indexed, `${p.id}: ${d}`).not.toContain(d);
  }
});
