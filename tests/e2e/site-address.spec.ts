/**
 * The suite's build has no public address (no SITE_URL): nothing a reader can copy may then name
 * a machine that is not the site. Canonical and language links, the citation, the permanent link
 * and the feeds give paths. (tests/e2e/subpath.spec.ts builds with an address and checks that
 * every one of them uses it.)
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.DIST ?? 'dist';
const built = readFileSync(join(dist, 'en/index.html'), 'utf8');
// a build with SITE_URL is checked by subpath.spec.ts instead
const withAddress = /<link rel="canonical" href="https?:/.test(built);

test('no page, feed or data file names localhost', () => {
  test.skip(withAddress, 'this dist was built with SITE_URL');
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter(
    (f) => /\.(html|xml|json|csv|geojson)$/.test(f) && !f.startsWith('pagefind'),
  );
  const found: string[] = [];
  for (const f of files)
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1)[^\s"'<>]*/g))
      // the downloadable copy's instructions name the reader's own local server, on purpose
      if (!m[0].startsWith('http://localhost:8000/')) found.push(`${f}: ${m[0]}`);
  expect(found).toEqual([]);
});

test('an entry gives its path to cite when the build has no address', async ({ page }) => {
  test.skip(withAddress, 'this dist was built with SITE_URL');
  const id = readdirSync(join(dist, 'en/events')).sort()[0]!;
  await page.goto(`/en/events/${id}/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `/en/events/${id}/`);
  await expect(page.locator('.cite')).toContainText(`/en/events/${id}/`);
  await expect(page.locator('.cite')).not.toContainText('http');
});

test('every entry offers to report an error: a prefilled issue, and a way without a GitHub account', async ({
  page,
}) => {
  const id = readdirSync(join(dist, 'ru/events')).sort().at(-1)!;
  await page.goto(`/ru/events/${id}/`);
  const section = page.locator('section[aria-labelledby="report-error"]');
  await expect(section.getByRole('heading')).toHaveText('Сообщить об ошибке в этой записи');
  const href = new URL((await section.locator('a').first().getAttribute('href'))!);
  expect(href.pathname).toMatch(/\/issues\/new$/);
  expect(href.searchParams.get('template')).toBe('entry-error.yml');
  expect(href.searchParams.get('title')).toBe(`Error in entry: ${id}`);
  await expect(section).toContainText('Нет аккаунта на GitHub?');
});

test('about and methodology say when the chronicle was last updated', async ({ page }) => {
  for (const path of ['/en/about/', '/en/methodology/']) {
    await page.goto(path);
    await expect(page.locator('.last-updated')).toHaveText(
      /^The chronicle was last updated on \d{1,2} \w+ 20\d\d; it holds \d+ entries\.$/,
    );
  }
  await page.goto('/en/about/');
  await expect(page.getByRole('link', { name: /Adil Soz/ })).toHaveAttribute('href', 'https://adilsoz.kz/');
});
