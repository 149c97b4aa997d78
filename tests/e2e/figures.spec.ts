/**
 * The figures page as readers get it: without JavaScript, in three languages, official and
 * independent numbers side by side with who reported them and when, each chart an SVG drawn at
 * build time followed by its table, and a page that prints.
 */
import { expect, test } from '@playwright/test';
import { chronicle, LANGS } from './site.ts';
import { formatCount, reportedFigures } from '../../src/lib/figures.ts';
import { eventsPerDay, eventsPerType, officialToll, reportsOf } from '../../src/lib/charts/series.ts';

const figures = () => reportedFigures(chronicle().events);
const countText = (c: number | { min: number; max: number }) =>
  typeof c === 'number' ? String(c) : `${c.min}-${c.max}`;

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`figures in ${lang}: every chart is an SVG followed by its table, without JavaScript`, async ({ page }) => {
    await page.goto(`/${lang}/figures/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await page.locator('script[src*="chart"], script[src*="d3"]').count()).toBe(0);
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const chart of await charts.all()) {
      await expect(chart.locator('svg').first()).toBeVisible();
      await expect(chart.locator('svg').first()).toHaveAttribute('aria-hidden', 'true');
      await expect(chart.locator('table caption').first()).not.toBeEmpty();
    }
    // labels are in the page's language
    const month = { kk: '2022 жылғы қаңтар', ru: 'январь 2022', en: 'January 2022' }[lang];
    await expect(page.locator('#events-per-day svg.wide text.month')).toContainText(month);
  });
}

test('the official death toll as it changed: each number with who reported it and when, withdrawn ones marked', async ({
  page,
}) => {
  await page.goto('/en/figures/');
  const toll = officialToll(figures());
  const rows = page.locator('#official-toll table tbody tr');
  if (!toll.length) {
    await expect(page.locator('#official-toll')).toContainText('not been recorded');
    return;
  }
  await expect(rows).toHaveCount(toll.length);
  expect(
    await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-count'), tr.getAttribute('data-as-of')])),
  ).toEqual(toll.map((r) => [countText(r.figure.count), r.figure.asOf]));
  for (const [i, r] of toll.entries()) {
    await expect(rows.nth(i)).toContainText(r.figure.source.data.publisher);
    if (r.figure.statedBy.name) await expect(rows.nth(i)).toContainText(r.figure.statedBy.name.en);
    if (r.figure.withdrawn) await expect(rows.nth(i).locator('s')).toBeVisible();
  }
  // the chart draws one point per announcement, labelled with its number
  const values = await page.locator('#official-toll svg text.value').allTextContents();
  expect(values.map((v) => v.replace(/\D/g, ''))).toEqual(
    toll.map((r) => String(typeof r.figure.count === 'number' ? r.figure.count : r.figure.count.max)),
  );
});

test('on a phone the toll is drawn as rows, one bar per announcement, its labels as large as the text around them', async ({
  page,
}) => {
  const toll = officialToll(figures());
  test.skip(!toll.length, 'no official toll in the content');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/figures/');
  await expect(page.locator('#official-toll svg.steps')).toBeHidden();
  const chart = page.locator('#official-toll svg.steps-narrow');
  await expect(chart).toBeVisible();
  const values = chart.locator('text.n-value');
  expect((await values.allTextContents()).map((v) => v.replace(/\D/g, ''))).toEqual(
    toll.map((r) => String(typeof r.figure.count === 'number' ? r.figure.count : r.figure.count.max)),
  );
  // drawn at about its own size: a label is at least 11 px high on screen, and the chart fits the screen
  for (const text of [...(await values.all()), ...(await chart.locator('text.n-date').all())])
    expect((await text.boundingBox())!.height).toBeGreaterThanOrEqual(11);
  const box = (await chart.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(chart).toBeHidden();
  await expect(page.locator('#official-toll svg.steps')).toBeVisible();
});

test('on a phone the events per day are drawn at their own size, the largest counts written', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/figures/');
  await expect(page.locator('#events-per-day svg.wide')).toBeHidden();
  const chart = page.locator('#events-per-day svg.narrow');
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // at 1:1: the SVG is shown at the width it was drawn for
  expect(box.width).toBeCloseTo(Number(await chart.getAttribute('width')), 0);
  const perDay = eventsPerDay(chronicle().events).days;
  const largest = Math.max(...perDay.map((d) => d.count));
  const counts = (await chart.locator('text.count').allTextContents()).map(Number);
  expect(counts).toContain(largest);
  for (const text of await chart.locator('text.day').all())
    expect((await text.boundingBox())!.height).toBeGreaterThanOrEqual(10);
});

test('deaths and detentions as reported: official and independent side by side, every report in the table', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/figures/');
  for (const [section, measure] of [
    ['#deaths-reported', 'killed'],
    ['#detentions-reported', 'detained'],
  ] as const) {
    const { official, independent } = reportsOf(figures(), measure);
    const panels = page.locator(`${section} .panel`);
    await expect(panels).toHaveCount(2);
    const [a, b] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2); // side by side
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    await expect(panels.nth(0).locator('svg .bar:not(.range)')).toHaveCount(official.length);
    await expect(panels.nth(1).locator('svg .bar:not(.range)')).toHaveCount(independent.length);
    const rows = page.locator(`${section} table tbody tr`);
    await expect(rows).toHaveCount(official.length + independent.length);
    expect(
      await rows.evaluateAll((trs) => trs.filter((tr) => tr.getAttribute('data-official') === 'true').length),
    ).toBe(official.length);
  }
});

test('events per day and per type agree with the content', async ({ page }) => {
  await page.goto('/ru/figures/');
  const { days, before, after } = eventsPerDay(chronicle().events);
  const dayRows = await page
    .locator('#events-per-day tr[data-day]')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-day'),
        Number(tr.querySelector('td.num')!.textContent!.replace(/\D/g, '')),
      ]),
    );
  expect(dayRows).toEqual(days.filter((d) => d.count > 0).map((d) => [d.day, d.count]));
  const monthRows = await page
    .locator('#events-per-day tr[data-month]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-month')));
  expect(monthRows).toEqual([...before, ...after].map((m) => m.month));
  const typeRows = await page
    .locator('#events-per-type tr[data-type]')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-type'),
        Number(tr.querySelector('td.num')!.textContent!.replace(/\D/g, '')),
      ]),
    );
  expect(typeRows).toEqual(eventsPerType(chronicle().events).map((t) => [t.type, t.count]));
  expect(typeRows.reduce((n, [, c]) => n + (c as number), 0)).toBe(chronicle().events.length);
});

test('the figures page prints: no navigation, charts and tables kept, in black on white', async ({ page }) => {
  await page.goto('/en/figures/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('#events-per-type svg')).toBeVisible();
  await expect(page.locator('#events-per-type table')).toBeVisible();
  expect(
    await page
      .locator('#events-per-type svg .bar')
      .first()
      .evaluate((r) => getComputedStyle(r).fill),
  ).toBe('rgb(0, 0, 0)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('who stated a relayed number is named in the page’s language', async ({ page }) => {
  const toll = officialToll(figures());
  test.skip(!toll.some((r) => r.figure.statedBy.name), 'no relayed official number in the content');
  for (const lang of ['ru', 'kk'] as const) {
    await page.goto(`/${lang}/figures/`);
    const rows = page.locator('#official-toll table tbody tr');
    for (const [i, r] of toll.entries())
      if (r.figure.statedBy.name) await expect(rows.nth(i)).toContainText(r.figure.statedBy.name[lang]);
  }
});

test('a ministry’s number relayed by a news agency is official, and says who stated and who relayed it', async ({
  page,
}) => {
  const relayed = reportsOf(figures(), 'detained').official.filter(
    (r) => r.figure.statedBy.name && r.figure.source.data.kind === 'media',
  );
  test.skip(!relayed.length, 'no relayed official detention figure in the content');
  await page.goto('/en/figures/');
  for (const { figure: f } of relayed) {
    // the row of this statement: the same number on the same day may be relayed by another outlet too
    const row = page
      .locator(`#detentions-reported tbody tr[data-count="${countText(f.count)}"][data-as-of="${f.asOf}"]`, {
        hasText: f.source.data.publisher,
      })
      .first();
    await expect(row).toHaveAttribute('data-official', 'true');
    await expect(row).toContainText(`${f.statedBy.name!.en}, via ${f.source.data.publisher}`);
    await expect(row).toContainText('Official');
  }
});

test('the home page leads with a few figures, each saying what, who and when, and links to the figures page', async ({
  page,
}) => {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    await page.goto(`/${lang}/`);
    const items = page.locator('#key-figures + p + .figure-sentences > li, .figure-sentences > li');
    const n = await items.count();
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(4);
    for (let i = 0; i < n; i++) {
      const text = (await items.nth(i).textContent())!;
      expect(text).toMatch(/20\d\d/); // as of when
      expect(await items.nth(i).locator('a').getAttribute('href')).toMatch(new RegExp(`/${lang}/figures/$`));
    }
  }
  await page.goto('/en/');
  await expect(page.locator('.figure-sentences')).toContainText(/people dead, according to .+, as of \d+ \w+ 20\d\d/);
});

test('a number the source qualified keeps its words: "more than", "at least", "about", in each language', async ({
  page,
}) => {
  const qualified = figures().find((f) => f.qualifier && typeof f.count === 'number');
  test.skip(!qualified, 'no qualified number in the content');
  for (const lang of LANGS) {
    await page.goto(`/${lang}/events/${qualified!.eventId}/`);
    const words = formatCount(qualified!.count, lang, qualified!.qualifier);
    expect(words).not.toBe(formatCount(qualified!.count, lang));
    await expect(page.locator('.entry-figures')).toContainText(words, { ignoreCase: true });
  }
});
