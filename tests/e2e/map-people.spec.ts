/**
 * The people of the register on the map (`?show=people`): counts that add up to the register's,
 * never finer than a city (an Almaty site is drawn as Almaty), no name for a record without a
 * publication basis, the state in the URL, keyboard use, axe in both schemes, and no sideways
 * scrolling on a phone. Expectations come from content/ through the same pure modules.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chronicle, LANGS, register } from './site.ts';
import { matchesPerson, parsePeopleFilter, toFilterablePerson } from '../../src/lib/people.ts';
import { groupPeople, peopleMapFile, type PeopleMapFile } from '../../src/lib/people-map.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const people = register();
const places = chronicle().places;
const file = peopleMapFile(people, places);
const byPlace = new Map(file.places.map((p) => [p.id, p]));
const inRegister = (what: string) =>
  people.filter((p) => matchesPerson(toFilterablePerson(p, places), parsePeopleFilter(new URLSearchParams(what))));
/** Names and ids that must never reach a page: every spelling of a record without a publication basis. */
const secrets = people
  .filter((p) => !p.named)
  .flatMap((p) => [
    p.id,
    ...(p.data.name ? [p.data.name.kk, p.data.name.ru, p.data.name.en, ...p.data.name.variants] : []),
  ]);

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('event-map[data-people-ready]')).toBeAttached();
  await page.waitForTimeout(400); // cluster animation
}

/** People counted on the map now: markers and clusters, and the areas listed apart. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const n = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].reduce((s, el) => s + Number(el.dataset.count), 0);
    return {
      points: n('.event-map .people-marker > div'),
      areas: n('.map-people-areas button[data-area]'),
    };
  });

test.use({ viewport: { width: 1280, height: 900 } });

for (const lang of LANGS) {
  test(`people are shown on the map, counted as in the register, with the state in the URL (${lang})`, async ({
    page,
  }) => {
    const t = useTranslations(lang);
    await page.goto(`/${lang}/map/`);
    await expect(page.locator('event-map[data-ready]')).toBeAttached();
    await page.getByRole('radio', { name: t('map.show.people') }).check();
    await expect(page).toHaveURL(/[?&]show=people\b/);
    await expect(page.locator('event-map[data-people-ready]')).toBeAttached();
    await page.waitForTimeout(400);
    const all = await drawn(page);
    expect(all.points + all.areas).toBe(people.length);
    await expect(page.locator('.event-map .ev-marker, .event-map .ev-cluster')).toHaveCount(0);
    // areas listed apart: exactly the register's people placed only to a region, the country, or nowhere
    for (const g of groupPeople(file.people, [], byPlace).filter((x) => x.kind !== 'point'))
      await expect(page.locator(`.map-people-areas button[data-area="${g.place || 'none'}"]`)).toHaveAttribute(
        'data-count',
        String(g.people.length),
      );

    // filtered by what happened, in the register's own terms
    const killed = inRegister('what=killed');
    expect(killed.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: t('outcome.killed'), exact: true }).check();
    await expect(page).toHaveURL(/[?&]what=killed\b/);
    await expect.poll(async () => Object.values(await drawn(page)).reduce((a, b) => a + b)).toBe(killed.length);
    await expect(page.locator('.map-people .view-count')).toContainText(String(killed.length));
    // the link to the register carries the filter, and the register's link comes back to the map
    const register = page.locator('.map-show-register a');
    await expect(register).toHaveAttribute('href', `/${lang}/people/?what=killed`);
    await register.click();
    await expect(page.locator('li.person:visible')).toHaveCount(killed.length);
    await page.locator('.people-map-link a').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/map/\\?show=people&what=killed$`));
    // the state survives a reload
    await page.reload();
    await expect(page.locator('event-map[data-people-ready]')).toBeAttached();
    await expect(page.getByRole('radio', { name: t('map.show.people') })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: t('outcome.killed'), exact: true })).toBeChecked();
    await expect(page.locator('event-map')).toHaveAttribute('data-people', String(killed.length));
    // and back to events
    await page.getByRole('radio', { name: t('map.show.events') }).check();
    await expect(page).not.toHaveURL(/show=people/);
    await expect(page.locator('.event-map .people-marker')).toHaveCount(0);
    await expect(page.locator('.event-map .ev-marker, .event-map .ev-cluster').first()).toBeVisible();
  });
}

test('zoomed into Almaty, its people are one marker at the city, and a record placed at a site joins it', async ({
  page,
}) => {
  const almaty = groupPeople(file.people, [], byPlace).find((g) => g.place === 'almaty')!;
  expect(almaty.people.length).toBeGreaterThan(1);
  await ready(page, '/en/map/?show=people&at=43.24,76.95,12');
  const marker = page.locator('.event-map .people-city > div[data-places="almaty"]');
  await expect(marker).toHaveAttribute('data-count', String(almaty.people.length));
  // a record moved (in the file the browser receives) to Republic Square is drawn in Almaty, not on the square
  const moved = structuredClone(file) as PeopleMapFile;
  const person = moved.people.find((p) => p.what.length === 1 && p.what[0]![1] !== 'almaty' && p.what[0]![1])!;
  person.what[0]![1] = 'almaty-republic-square';
  await page.route('**/data/explore/people.json', (route) => route.fulfill({ json: moved }));
  await ready(page, '/en/map/?show=people&at=43.24,76.95,12');
  await expect(marker).toHaveAttribute('data-count', String(almaty.people.length + 1));
  await expect(page.locator('.event-map .people-marker > div[data-places*="square"]')).toHaveCount(0);
  // deep enough for the square and the city centre to be far apart: the marker sits on the centre
  await ready(page, '/en/map/?show=people&at=43.239,76.947,15');
  const at = await page.evaluate(() => {
    const centre = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2] as const;
    };
    const labels = [...document.querySelectorAll<HTMLElement>('.event-map .map-label')];
    const anchor = (text: string) => {
      const el = labels.find((l) => l.textContent === text)!.getBoundingClientRect();
      return [el.left, el.top] as const;
    };
    return {
      marker: centre('.people-city > div[data-places="almaty"]'),
      city: anchor('Almaty'),
      square: anchor('Republic Square'),
    };
  });
  const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
  expect(dist(at.marker, at.city)).toBeLessThan(2);
  expect(dist(at.marker, at.square)).toBeGreaterThan(50);
});

test('no name or id of a record without a publication basis reaches the map or its data', async ({ page, request }) => {
  const text = await (await request.get('/data/explore/people.json')).text();
  for (const s of secrets) expect(text).not.toContain(s);
  const served = JSON.parse(text) as PeopleMapFile;
  expect(served.people.filter((p) => p.name).map((p) => p.id)).toEqual(people.filter((p) => p.named).map((p) => p.id));
  expect(served.people.filter((p) => p.id).length).toBe(people.filter((p) => p.named).length);
  const sites = new Set([...places.values()].filter((p) => p.kind === 'site').map((p) => p.id));
  expect(served.people.flatMap((p) => p.what.map(([, at]) => at)).filter((at) => sites.has(at))).toEqual([]);
  for (const lang of LANGS) {
    await ready(page, `/${lang}/map/?show=people`);
    // open every marker's and area's list, then read the whole page
    for (const area of await page.locator('.map-people-areas button').all()) await area.click();
    const html = await page.content();
    for (const s of secrets) expect(html).not.toContain(s);
    const linked = await page
      .locator('.map-people a[href*="/people/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/people/')[1]!.replace(/\/$/, '')));
    const named = new Set(people.filter((p) => p.named).map((p) => p.id));
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked.filter(Boolean)) expect(named.has(id)).toBe(true);
  }
});

test('the layer, the filter and the markers work from the keyboard', async ({ page }) => {
  await page.goto('/en/map/');
  await expect(page.locator('event-map[data-ready]')).toBeAttached();
  await page.getByRole('radio', { name: 'Events' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'People' })).toBeChecked();
  await expect(page).toHaveURL(/show=people/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Killed', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/what=killed/);
  await expect(page.locator('event-map[data-people-ready]')).toBeAttached();
  await page.waitForTimeout(400);
  const marker = page.locator('.event-map .people-marker').first();
  await expect(marker).toHaveAttribute('role', 'button');
  await expect(marker).toHaveAttribute('tabindex', '0');
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup .people-group, .event-map .people-marker').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds no violation with people on the map, popup open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const lang of LANGS) {
      await ready(page, `/${lang}/map/?show=people&at=43.24,76.95,10`);
      await page.locator('.event-map .people-city').first().click();
      await expect(page.locator('.leaflet-popup .people-group')).toBeVisible();
      await page.waitForTimeout(400); // the popup fades in: contrast is measured once it has
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of results.violations)
        found.push(`${lang}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    }
    expect(found).toEqual([]);
  });

test('at 360 px the people map fits the screen in every language', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const lang of LANGS) {
    await ready(page, `/${lang}/map/?show=people`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, lang).toBeLessThanOrEqual(0);
    const all = await drawn(page);
    expect(all.points + all.areas, lang).toBe(people.length);
  }
});
