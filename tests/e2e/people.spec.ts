/**
 * The register of people as a reader uses it: every record listed without JavaScript, filters kept
 * in the URL, a page only for records with a publication basis, and the exports' naming rule.
 * Expectations come from content/ through the same pure modules, never from the built files.
 */
import { expect, test } from '@playwright/test';
import { matchesPerson, parsePeopleFilter, toFilterablePerson } from '../../src/lib/people.ts';
import { chronicle, register } from './site.ts';

const people = register();
const places = chronicle().places;
const expected = (query: string) =>
  people
    .filter((p) => matchesPerson(toFilterablePerson(p, places), parsePeopleFilter(new URLSearchParams(query))))
    .map((p) => p.id);
/** The outcome that filters the register without emptying it or keeping every record. */
const partial = () => {
  const counts = new Map<string, number>();
  for (const p of people) for (const o of p.outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].filter(([, n]) => n < people.length).sort((a, b) => b[1] - a[1])[0]![0];
};

test('without JavaScript every record is listed and the filters stay hidden', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const lang of ['kk', 'ru', 'en']) {
    await page.goto(`/${lang}/people/`);
    await expect(page.locator('li.person')).toHaveCount(people.length);
    await expect(page.locator('people-register form')).toBeHidden();
  }
  await ctx.close();
});

test('a filter in the URL shows exactly the matching records, and choosing one writes the URL', async ({ page }) => {
  const what = partial();
  const want = expected(`what=${what}`);
  expect(want.length).toBeGreaterThan(0);
  expect(want.length).toBeLessThan(people.length);
  await page.goto(`/en/people/?what=${what}`);
  await expect(page.locator('li.person:visible')).toHaveCount(want.length);
  await expect(page.locator('.people-count')).toHaveText(`Shown: ${want.length} of ${people.length}.`);

  await page.goto('/ru/people/');
  await page.locator('details[data-key="what"] > summary').click();
  await page.locator(`input[name="what[]"][value="${what}"]`).check();
  await expect(page).toHaveURL(new RegExp(`\\?what=${what}$`));
  await expect(page.locator('li.person:visible')).toHaveCount(want.length);
  await page.getByRole('button', { name: 'Показать все' }).click();
  await expect(page.locator('li.person:visible')).toHaveCount(people.length);
  await expect(page).toHaveURL(/\/ru\/people\/$/);
});

test('a named record has a page with its sources; a record without a basis has none and shows no name', async ({
  page,
  request,
}) => {
  const named = people.find((p) => p.named)!;
  await page.goto(`/kk/people/${named.id}/`);
  await expect(page.locator('h1')).toHaveText(named.data.name!.kk);
  const sources = new Set(named.statements.flatMap((s) => s.sources.map((c) => c.id)));
  for (const id of sources)
    await expect(page.locator(`.person-timeline a[href$="/sources/${id}/"]`).first()).toBeVisible();
  for (const p of people.filter((x) => !x.named)) expect((await request.get(`/en/people/${p.id}/`)).status()).toBe(404);
});

test('the exports carry a name only where the record has a publication basis', async ({ request }) => {
  const file = await (await request.get('/data/people.json')).json();
  expect(file.count).toBe(people.length);
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const r of file.people) {
    expect(Boolean(r.name)).toBe(byId.get(r.id)!.named);
    expect(Boolean(r.basis)).toBe(byId.get(r.id)!.named);
  }
  const csv = await (await request.get('/data/people.csv')).text();
  for (const p of people.filter((x) => x.data.name && !x.named)) expect(csv).not.toContain(p.data.name!.en);
  expect((await request.get('/data/schema/people.json')).status()).toBe(200);
});
