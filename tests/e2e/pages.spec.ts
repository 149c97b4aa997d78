import { expect, test } from '@playwright/test';
import { LANGS, chronicle, pageTypes } from './site.ts';

const types = pageTypes();

for (const lang of LANGS) {
  for (const [name, path] of Object.entries(types)) {
    test(`${name} page in ${lang} renders with its language`, async ({ page }) => {
      const res = await page.goto(`/${lang}/${path}`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toBeVisible();
      expect(await page.title()).not.toBe('');
      // the switcher marks this language and leads to the same page in the others
      await expect(page.locator(`.lang-switch a[aria-current="true"]`)).toHaveAttribute('hreflang', lang);
      for (const other of LANGS)
        await expect(page.locator(`.lang-switch a[hreflang="${other}"]`)).toHaveAttribute('href', `/${other}/${path}`);
    });
  }
}

test('the language switcher opens the same entry in another language', async ({ page }) => {
  await page.goto(`/en/${types.event}`);
  await page.locator('.lang-switch a[hreflang="ru"]').click();
  await expect(page).toHaveURL(new RegExp(`/ru/${types.event}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('/ offers the three languages and remembers the one chosen, without cookies', async ({ page, context }) => {
  await page.goto('/');
  for (const lang of LANGS) await expect(page.locator(`.lang-choice a[hreflang="${lang}"]`)).toBeVisible();
  await page.locator('.lang-choice a[hreflang="ru"]').click();
  await expect(page).toHaveURL(/\/ru\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru\/$/);
  expect(await context.cookies()).toEqual([]);
});

test('the 404 page speaks all three languages', async ({ page }) => {
  const res = await page.goto('/en/no-such-page/');
  expect(res?.status()).toBe(404);
  for (const lang of LANGS)
    await expect(page.locator(`section[lang="${lang}"] a`)).toHaveAttribute('href', `/${lang}/`);
});

test('the timeline lists every published event once, in local-date order, page after page', async ({ page }) => {
  const ids: (string | null)[] = [];
  const days: string[] = [];
  // the server-rendered timeline is paged (Later → links): follow them to the end
  for (let next: string | null = '/en/timeline/'; next;) {
    await page.goto(next);
    ids.push(
      ...(await page.locator('#timeline .event-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))),
    );
    const onPage = await page
      .locator('#timeline .day-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-day')!));
    expect(new Set(onPage).size).toBe(onPage.length); // one group per day on a page
    days.push(...onPage);
    const later = page.locator('a[rel="next"]');
    next = (await later.count()) ? await later.first().getAttribute('href') : null;
  }
  expect(ids).toEqual(chronicle().events.map((e) => e.id));
  expect(days).toEqual([...days].sort());
});

test.describe('a reader in Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  test('sees the event’s own local date, time and offset', async ({ page }) => {
    // an event in the small hours, local time: in Los Angeles it is still the previous day
    const e =
      chronicle().events.find((x) => x.start.time && x.start.time < '06:00') ??
      chronicle().events.find((x) => x.start.time)!;
    await page.goto(`/en/events/${e.id}/`);
    const [y, m, d] = e.start.day.split('-').map(Number);
    const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    const offset = `UTC${e.start.offset.startsWith('-') ? '-' : '+'}${Number(e.start.offset.slice(1, 3))}`;
    await expect(page.locator('.facts dd').first()).toContainText(`${d} ${month} ${y}, ${e.start.time} ${offset}`);
    await page.goto(`/en/days/${e.start.day}/`);
    await expect(page.locator(`.event-item[data-id="${e.id}"]`)).toBeVisible();
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('every event page is reachable by links from the home page', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const seen = new Set<string>();
    const queue = ['/en/'];
    const events = new Set<string>();
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(path);
      const m = /^\/en\/events\/([^/]+)\/$/.exec(path);
      if (m) {
        events.add(m[1]!);
        continue; // entries themselves need not be crawled further
      }
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const u = new URL(href);
        if (u.origin !== origin || !u.pathname.startsWith('/en/') || u.search) continue;
        if (!seen.has(u.pathname) && /^\/en\/(|timeline\/(\d+\/)?|events\/[^/]+\/)$/.test(u.pathname))
          queue.push(u.pathname);
      }
    }
    expect([...events].sort()).toEqual(
      chronicle()
        .events.map((e) => e.id)
        .sort(),
    );
  });
});
