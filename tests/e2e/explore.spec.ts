/**
 * Filters, map and search as a reader uses them (issue "Explore the chronology"). Expectations are
 * computed from content/ with the same pure filter module, never read back from the built files.
 */
import { expect, test, type Page } from '@playwright/test';
import { applyFilters, emptyFilters, toFilterable, type FilterState } from '../../src/lib/filters.ts';
import { publicLocation, textFor } from '../../src/lib/chronicle.ts';
import { chronicle } from './site.ts';
import { foldKazakh } from '../../src/lib/fold.ts';
import { LIST_PAGE as PAGE } from '../../src/lib/paging.ts'; // events on a page of the server-rendered timeline

const c = chronicle();
const all = c.events.map(toFilterable);
const expected = (f: Partial<FilterState>) => applyFilters(all, { ...emptyFilters(), ...f }).map((e) => e.id);
const SHOWN = 50; // events rendered before "Show more"

/** The type with the most events that is not every event: a filter that really filters. */
function busiestPartialType() {
  const counts = new Map<string, number>();
  for (const e of all) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n < all.length)
    .sort((a, b) => b[1] - a[1])[0]![0] as FilterState['type'][number];
}

async function renderedIds(page: Page, list: string) {
  return page.locator(`${list} .event-item`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
}

/** Every request the page makes, to check that none leaves the site's origin. */
function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return () =>
    urls.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

test('a type filter reduces the timeline to exactly the matching events, in the URL, and survives a reload', async ({
  page,
}) => {
  const type = busiestPartialType();
  const want = expected({ type: [type] });
  const foreign = recordRequests(page);
  await page.goto('/en/timeline/');
  await page.locator('details[data-key="type"] > summary').click();
  await page.locator(`input[name="type[]"][value="${type}"]`).check();
  await expect(page.locator('.filter-count')).toHaveText(
    `${want.length} of ${all.length} event${all.length === 1 ? '' : 's'}`,
  );
  await expect(page).toHaveURL(new RegExp(`[?&]type=${type}(&|$)`));
  await expect(page.locator('#timeline-results')).toBeVisible();
  await expect.poll(() => renderedIds(page, '#timeline-results')).toEqual(want.slice(0, SHOWN));
  await expect(page.locator('.static-list')).toBeHidden();

  await page.reload();
  await expect(page.locator(`input[name="type[]"][value="${type}"]`)).toBeChecked();
  await expect(page.locator('.filter-count')).toHaveText(
    `${want.length} of ${all.length} event${all.length === 1 ? '' : 's'}`,
  );
  await expect.poll(() => renderedIds(page, '#timeline-results')).toEqual(want.slice(0, SHOWN));

  // reset brings back the page's own list and clears the URL
  await page.locator('.filter-reset').click();
  await expect(page.locator('.static-list')).toBeVisible();
  await expect(page).toHaveURL(/\/en\/timeline\/$/);
  expect(foreign()).toEqual([]);
});

test('place and date range from a shared link select the same events as the filter module', async ({ page }) => {
  const region = [...c.places.values()].find(
    (p) => p.kind === 'region' && all.some((e) => e.region === p.id || e.place === p.id),
  )!;
  const days = [...new Set(all.map((e) => e.day))].sort();
  const from = days[0]!;
  const to = days[Math.min(days.length - 1, 3)]!;
  const want = expected({ place: [region.id], from, to });
  await page.goto(`/ru/timeline/?place=${region.id}&from=${from}&to=${to}`);
  await expect(page.locator('.filter-count')).toHaveText(
    `${want.length} из ${all.length} ${new Intl.PluralRules('ru').select(all.length) === 'one' ? 'события' : 'событий'}`,
  );
  if (want.length) await expect.poll(() => renderedIds(page, '#timeline-results')).toEqual(want.slice(0, SHOWN));
  else await expect(page.locator('#timeline-results')).toContainText('Нет событий');
  await expect(page.locator(`input[name="place[]"][value="${region.id}"]`)).toBeChecked();
  await expect(page.locator('input[name="from"]')).toHaveValue(from);
});

test('the filters are usable with the keyboard alone, and the count is announced', async ({ page }) => {
  const type = busiestPartialType();
  await page.goto('/kk/timeline/');
  const summary = page.locator('details[data-key="type"] > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const box = page.locator(`input[name="type[]"][value="${type}"]`);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.locator('.filter-count')).toHaveAttribute('role', 'status');
  await expect(page.locator('.filter-count')).toContainText(String(expected({ type: [type] }).length));
  for (const key of ['type', 'place', 'right', 'actor', 'verification', 'dates'])
    await expect(page.locator(`details[data-key="${key}"] fieldset legend`).first()).toBeAttached();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the timeline still lists the events, page by page, and hides the filters', async ({ page }) => {
    await page.goto('/en/timeline/');
    await expect(page.locator('form.filters')).toBeHidden();
    expect(await renderedIds(page, '#timeline')).toEqual(c.events.slice(0, PAGE).map((e) => e.id));
    if (c.events.length > PAGE)
      await expect(page.locator('.pager a[rel="next"]')).toHaveAttribute('href', '/en/timeline/2/');
  });
});

test('the map shows one marker or area member per matching event, and its list agrees', async ({ page }) => {
  const type = busiestPartialType();
  const want = expected({ type: [type] });
  const foreign = recordRequests(page);
  await page.goto(`/en/map/?type=${type}`);
  const map = page.locator('event-map[data-ready]');
  await expect(map).toBeVisible();
  const count = async () =>
    Number(await map.getAttribute('data-points')) + Number(await map.getAttribute('data-area-events'));
  expect(await count()).toBe(want.length);
  await expect.poll(() => renderedIds(page, '#map-results')).toEqual(want.slice(0, SHOWN));
  // the precise markers are exactly the events located to a city or better
  const points = want.filter((id) =>
    ['exact', 'approximate', 'city'].includes(publicLocation(c.byId.get(id)!, c.places).precision),
  );
  expect(Number(await map.getAttribute('data-points'))).toBe(points.length);

  // changing the filters redraws map and list together; pan and zoom stay on this origin
  await page.locator('.filter-reset').click();
  await expect.poll(count).toBe(all.length);
  await expect(page).toHaveURL(/\/en\/map\/(\?at=[^&]+)?$/);
  await page.locator('.leaflet-control-zoom-in').click();
  await page.mouse.move(400, 600);
  await page.mouse.wheel(0, -300);
  await expect(page).toHaveURL(/[?&]at=/);
  expect(foreign()).toEqual([]);
});

test('?event= opens that entry’s popup, built from text nodes', async ({ page }) => {
  const e = c.events.at(-1)!;
  await page.goto(`/kk/map/?event=${e.id}`);
  const popup = page.locator(`.leaflet-popup .map-popup[data-events~="${e.id}"]`);
  await expect(popup).toBeVisible();
  await expect(popup.locator(`a[href="/kk/events/${e.id}/"]`)).toHaveText(textFor(e, 'kk').title);
});

test('event and place pages show a small map; the timeline loads no map code', async ({ page }) => {
  const e = c.events[0]!;
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto(`/ru/events/${e.id}/`);
  await expect(page.locator('event-map[data-ready]')).toBeVisible();
  await page.goto(`/ru/places/${e.place.id}/`);
  await expect(page.locator('event-map[data-ready]')).toBeVisible();
  scripts.length = 0;
  await page.goto('/ru/timeline/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => /leaflet|markercluster|basemap/i.test(u))).toEqual([]);
});

/** A word of at least `min` letters from the title of an entry in `lang`, with a letter from `must` if given. */
function wordIn(lang: 'kk' | 'ru', must?: RegExp) {
  for (const e of c.events) {
    const t = e.texts[lang];
    if (!t) continue;
    const word = t.title.split(/[^\p{L}]+/u).find((w) => w.length >= 6 && (!must || must.test(w)));
    if (word) return { word, event: e };
  }
  throw new Error(`no ${lang} title has a suitable word`);
}

async function search(page: Page, lang: string, query: string) {
  await page.goto(`/${lang}/search/`);
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await expect(page.locator('site-search[data-count]')).toBeAttached();
  await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true');
}

test('searching a Russian word on /ru/search/ finds the entries that contain it, and a type filter narrows them', async ({
  page,
}) => {
  const foreign = recordRequests(page);
  const { word, event } = wordIn('ru');
  await search(page, 'ru', word);
  await expect(page.locator(`.search-results a[href="/ru/events/${event.id}/"]`)).toBeVisible();
  const before = Number(await page.locator('site-search').getAttribute('data-count'));
  const other = [...new Set(all.map((e) => e.type))].find((t) => t !== event.data.type);
  await page.locator('select[name="type"]').selectOption(event.data.type);
  await expect(page).toHaveURL(new RegExp(`type=${event.data.type}`));
  await expect(page.locator(`.search-results a[href="/ru/events/${event.id}/"]`)).toBeVisible();
  const types = await page.locator('.search-results .type-badge').evaluateAll((els) => els.map((el) => el.className));
  expect(types.every((cls) => cls.includes(`t-${event.data.type}`))).toBe(true);
  expect(Number(await page.locator('site-search').getAttribute('data-count'))).toBeLessThanOrEqual(before);
  if (other) {
    await page.locator('select[name="type"]').selectOption(other);
    await expect(page.locator(`.search-results a[href="/ru/events/${event.id}/"]`)).toHaveCount(0);
  }
  expect(foreign()).toEqual([]);
});

test('searching a Kazakh word with Kazakh letters on /kk/search/ finds its entry, with our Kazakh UI', async ({
  page,
}) => {
  const { word, event } = wordIn('kk', /[әғқңөұүһі]/i);
  await search(page, 'kk', word.toLowerCase());
  await expect(page.locator(`.search-results a[href="/kk/events/${event.id}/"]`)).toBeVisible();
  await expect(page.locator('.search-status')).toContainText('Табылған нәтижелер');
  await expect(page.locator('.search-results mark').first()).toBeVisible();
  // typed on a Russian keyboard, without the Kazakh letters, it still finds the entry
  await search(page, 'kk', foldKazakh(word.toLowerCase()));
  await expect(page.locator(`.search-results a[href="/kk/events/${event.id}/"]`)).toBeVisible();
});

test('the header search box leads to the search page with the query, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/about/');
  await page.locator('#header-q').fill('Almaty');
  await page.locator('.header-search button').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=Almaty$/);
  await context.close();
});

test('Pagefind’s entry file is asked for with this build’s cache tag, so a browser may keep it', async ({ page }) => {
  const entries: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('pagefind-entry.json')) entries.push(new URL(r.url()).search);
  });
  await search(page, 'en', 'Almaty');
  const tag = await page.locator('site-search').getAttribute('data-cache-tag');
  expect(tag).toMatch(/^\w+$/);
  await search(page, 'ru', 'Алматы');
  expect(await page.locator('site-search').getAttribute('data-cache-tag')).toBe(tag);
  expect(entries.length).toBeGreaterThan(0);
  expect(new Set(entries)).toEqual(new Set([`?ts=${tag}`]));
});
