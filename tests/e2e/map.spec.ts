/**
 * The map tells the truth about where: entries known only to a region or the whole country are
 * never counted into a city's cluster, clusters say what they hold, place names never sit on a
 * marker or run off the map, Almaty's named sites appear when zoomed in, and the list beside the
 * map follows what it shows. Expectations are computed from content/.
 */
import { expect, test, type Page } from '@playwright/test';
import { chronicle, LANGS } from './site.ts';
import { publicLocation } from '../../src/lib/chronicle.ts';

const c = chronicle();
const located = c.events.map((e) => ({ e, loc: publicLocation(e, c.places) }));
const isPoint = (p: string) => ['exact', 'approximate', 'city'].includes(p);
const points = located.filter((x) => isPoint(x.loc.precision));
const nationwide = located.filter((x) => x.loc.precision === 'country');

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('event-map[data-ready]')).toBeAttached();
  await page.waitForTimeout(400); // cluster animation and label placement
}

/** Accessible names and counts of the clusters drawn now. */
const clusters = (page: Page) =>
  page.locator('.event-map .ev-cluster').evaluateAll((els) =>
    els.map((el) => ({
      role: el.getAttribute('role'),
      name: el.querySelector('.visually-hidden')?.textContent ?? '',
      count: Number(el.querySelector('[aria-hidden]')?.textContent),
    })),
  );

test.use({ viewport: { width: 360, height: 800 } });

test('at 360 px nationwide entries are listed apart, never merged into the Nur-Sultan cluster', async ({ page }) => {
  await ready(page, '/en/map/');
  const drawn = await clusters(page);
  const singles = await page.locator('.event-map .ev-marker').count();
  // every event in a cluster or a single marker has a point of its own
  expect(drawn.reduce((n, k) => n + k.count, 0) + singles).toBe(points.length);
  const country = page.locator('.map-areas button[data-area="country"]');
  await expect(country).toHaveAttribute('data-count', String(nationwide.length));
  await expect(country).toContainText(String(nationwide.length));
  const areaSum = await page
    .locator('.map-areas button[data-area]')
    .evaluateAll((b) => b.reduce((n, x) => n + Number((x as HTMLElement).dataset.count), 0));
  expect(areaSum).toBe(c.events.length - points.length);
  // the cluster named for Nur-Sultan counts the points drawn around it (its own events, and any
  // town close enough to join it), never the nationwide ones, and its name says which it is
  const ns = c.places.get('nur-sultan')!;
  const atNs = points.filter((x) => x.e.place.id === 'nur-sultan').length;
  const nearNs = points.filter((x) => Math.abs(x.loc.lat - ns.lat) < 4 && Math.abs(x.loc.lon - ns.lon) < 6).length;
  const nsCluster = drawn.find((k) => k.name.endsWith(ns.name.en));
  expect(nsCluster, `a cluster named for ${ns.name.en}`).toBeTruthy();
  expect(nsCluster!.count).toBeGreaterThanOrEqual(atNs);
  expect(nsCluster!.count).toBeLessThanOrEqual(nearNs);
  expect(nsCluster!.name).toBe(
    nsCluster!.count === atNs
      ? `${atNs} events in ${ns.name.en}`
      : `${nsCluster!.count} events in and around ${ns.name.en}`,
  );
  await expect(page.getByRole('button', { name: nsCluster!.name, exact: true })).toBeVisible();
  // opening the nationwide area lists its events
  await country.click();
  await expect(page.locator('.leaflet-popup .map-popup li')).toHaveCount(Math.min(25, nationwide.length));
});

for (const lang of LANGS) {
  test(`clusters have accessible names and the site's colours; place names clear of markers and edges (${lang})`, async ({
    page,
  }) => {
    await ready(page, `/${lang}/map/`);
    const drawn = await clusters(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const k of drawn) {
      expect(k.role).toBe('button');
      expect(k.name).toContain(String(k.count));
    }
    const colours = await page
      .locator('.event-map .ev-cluster > div')
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { bg: s.backgroundColor, body: getComputedStyle(document.body).backgroundColor };
      });
    expect(colours.bg).toBe(colours.body); // not markercluster's green, yellow or orange
    const overlap = await page.evaluate(() => {
      const map = document.querySelector('.event-map .map')!.getBoundingClientRect();
      const rects = (sel: string) =>
        [...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
      const labels = rects('.event-map .map-label:not(.unplaced) span');
      const marks = rects('.event-map .leaflet-marker-icon:not(.map-label), .event-map .leaflet-control');
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const out: string[] = [];
      labels.forEach((l, i) => {
        if (l.left < map.left || l.right > map.right || l.top < map.top || l.bottom > map.bottom)
          out.push(`label ${i} cut off`);
        if (marks.some((m) => hit(l, m))) out.push(`label ${i} on a marker`);
        if (labels.some((o, j) => j !== i && hit(l, o))) out.push(`label ${i} on a label`);
      });
      return { out, shown: labels.length };
    });
    expect(overlap.shown).toBeGreaterThan(3);
    expect(overlap.out).toEqual([]);
  });
}

test('zoomed into Almaty the map names the squares and buildings entries mention', async ({ page }) => {
  await ready(page, '/ru/map/?at=43.239,76.946,15');
  for (const id of ['almaty-republic-square', 'almaty-akimat', 'almaty-presidential-residence']) {
    const name = c.places.get(id)!.name.ru;
    await expect(page.locator('.event-map .map-label-site:not(.unplaced) span', { hasText: name })).toBeVisible();
  }
  // the entries placed at Republic Square are drawn there
  const atSquare = points.filter(
    (x) => Math.abs(x.loc.lat - 43.2383) < 0.0005 && Math.abs(x.loc.lon - 76.9453) < 0.0005,
  ).length;
  expect(atSquare).toBeGreaterThan(0);
  const drawn = await clusters(page);
  const singles = await page.locator('.event-map .ev-marker').count();
  expect(drawn.reduce((n, k) => n + k.count, 0) + singles).toBeGreaterThanOrEqual(atSquare);
  // at the country's zoom the sites are not named: they would crowd Almaty's own name
  await ready(page, '/ru/map/');
  await expect(page.locator('.event-map .map-label-site:not(.unplaced)')).toHaveCount(0);
});

test('the list beside the map shows what the map shows, and says so', async ({ page }) => {
  await ready(page, '/en/map/?at=43.25,76.95,11');
  await expect(page.locator('.map-list-note')).toBeVisible();
  const [west, south, east, north] = (await page.locator('event-map').getAttribute('data-view'))!
    .split(',')
    .map(Number);
  const inside = points
    .filter((x) => x.loc.lon >= west! && x.loc.lon <= east! && x.loc.lat >= south! && x.loc.lat <= north!)
    .map((x) => x.e.id);
  expect(inside.length).toBeGreaterThan(0);
  expect(inside.length).toBeLessThan(points.length);
  const listed = async () =>
    page.locator('#map-results .event-item').evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.id!));
  // the list renders 50 events at a time, area-wide ones among them: the points it shows are the
  // first of those in view, in order, and nothing out of view
  const insideInOrder = c.events.map((e) => e.id).filter((id) => inside.includes(id));
  await expect
    .poll(async () => {
      const shownPoints = (await listed()).filter((id) => points.some((p) => p.e.id === id));
      return shownPoints.length > 0 && shownPoints.every((id, i) => id === insideInOrder[i]);
    })
    .toBe(true);
  expect((await listed()).length).toBeLessThanOrEqual(50);
  const ids = await listed();
  for (const x of nationwide.slice(0, 5)) if (ids.length < 50) expect(ids).toContain(x.e.id);
  await expect(page.locator('event-results .view-count')).toContainText(`of ${c.events.length} events in view`);
  // zooming out to the whole country brings every event back
  await ready(page, '/en/map/');
  await expect(page.locator('event-results .view-count')).toHaveText(
    `${c.events.length} of ${c.events.length} events in view`,
  );
});
