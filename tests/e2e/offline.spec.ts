/**
 * Offline reading asks first: a first visit keeps only the page opened and offers, in the page and
 * with the size, to save the reader's language; once saved, with the network gone, an event page
 * never opened, the timeline with a filter, the map and search all work; a page that was never
 * stored gets the offline page; with Save-Data only the download page offers; a new version is
 * offered with a reload button and replaces the old cache.
 *
 * Each test runs its own server on its own port and shuts it down to go offline, besides
 * context.setOffline(true): that way nothing, not even a worker's fetch, can reach the site.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.ts';

type Server = ReturnType<typeof startServer>;

async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = startServer(dir, 0);
  await new Promise<void>((ok) => (server.listening ? ok() : server.once('listening', () => ok())));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function goOffline(context: BrowserContext, server: Server) {
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
}

/**
 * Accessibility of the bar alone, in whatever state it is in: axe's rules, and the contrast of each
 * text in it, which axe leaves undecided inside a shadow root.
 */
async function axeBar(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('offline-status').analyze();
  const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const contrasts = await page.locator('offline-status').evaluate((host) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    const bar = host.shadowRoot!.querySelector<HTMLElement>('.bar')!;
    const barBg = getComputedStyle(bar).backgroundColor;
    return [...bar.querySelectorAll<HTMLElement>('p, button:not([hidden])')].map((el) => {
      const bg = getComputedStyle(el).backgroundColor;
      return {
        what: el.className || el.tagName,
        ratio: ratio(getComputedStyle(el).color, rgb(bg).length && !bg.endsWith(', 0)') ? bg : barBg),
      };
    });
  });
  for (const c of contrasts) if (c.ratio < 4.5) found.push(`contrast ${c.ratio.toFixed(2)} for ${c.what}`);
  return found;
}

/** Visits a page and waits until the service worker controls it. */
async function visit(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** Every URL the site's caches hold, as paths. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys())
      for (const r of await (await caches.open(key)).keys()) urls.push(new URL(r.url).pathname);
    return urls.sort();
  });

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]!
    .replace(/<[^>]+>/g, '')
    .trim();

test('a first visit downloads nothing unasked: it keeps the page opened, and offers to save the language, saying the size, within the page', async ({
  browser,
}) => {
  const { server, origin } = await serve('dist');
  const context = await browser.newContext({
    baseURL: origin,
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 800 },
  });
  const page = await context.newPage();
  try {
    await visit(page, '/kk/');
    const notice = page.locator('offline-status');
    await expect(notice).toHaveAttribute('data-state', 'offer');
    await expect(notice).toContainText('Шежірені интернетсіз оқыңыз');
    // The size of the reader's language, as the build measured it, on the button.
    const sizes = JSON.parse(readFileSync('dist/offline.json', 'utf8')) as { sizes: Record<string, { bytes: number }> };
    const mb = await page.evaluate(
      (n) => new Intl.NumberFormat('kk', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(n / 1e6),
      sizes.sizes.kk!.bytes,
    );
    await expect(notice.getByRole('button', { name: `Сақтау (${mb})` })).toBeVisible();
    await expect(notice.getByRole('checkbox', { name: 'Қазақша' })).toBeChecked();
    await expect(notice.getByRole('checkbox', { name: 'English' })).not.toBeChecked();
    expect(await axeBar(page)).toEqual([]);

    // In the page's flow after the main content, never over it.
    expect(await notice.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    expect(
      await notice.evaluate(
        (el) => !!(document.querySelector('main')!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      ),
    ).toBe(true);

    // Only the offline page, the page opened and the files it loaded are kept.
    await expect.poll(() => cached(page)).toContain('/kk/');
    const kept = await cached(page);
    expect(kept).toContain('/offline/');
    expect(kept.filter((p) => /\/events\/|pagefind\/|\/explore\//.test(p))).toEqual([]);

    // "Not now" is remembered: the next page does not ask again.
    await notice.getByRole('button', { name: 'Кейінірек' }).click();
    await expect(notice).toHaveAttribute('data-state', '');
    await page.goto('/kk/timeline/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('offline-status')).toHaveAttribute('data-state', '');

    // Offline, a page never opened leads to the offline page, in three languages; opened ones read.
    await goOffline(context, server);
    const ids = readdirSync('dist/kk/events', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    await page.goto(`/kk/events/${ids.at(-1)}/`);
    await expect(page.locator('h1')).toHaveText('Бұл бет құрылғыда сақталмаған');
    await expect(page.locator('section[lang="en"] h2')).toHaveText('This page is not saved on this device');
    await page.goto('/kk/');
    await expect(page.locator('offline-status')).toHaveAttribute('data-state', 'offline');
    await expect(page.locator('offline-status')).toContainText('Байланыс жоқ');
  } finally {
    await context.close();
    server.close();
  }
});

test('once the reader saves their language, it reads offline: an unvisited event, the filtered timeline, the map, search', async ({
  browser,
}) => {
  const { server, origin } = await serve('dist');
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const csp = watchCsp(page);
  try {
    await visit(page, '/en/');
    const notice = page.locator('offline-status');
    await notice.getByRole('button', { name: /^Save \(/ }).click();
    await expect(notice).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
    await expect(notice).toContainText('Saved');
    expect(await axeBar(page)).toEqual([]);
    // Another language was not asked for, and is not stored.
    expect((await cached(page)).filter((p) => p.startsWith('/kk/events/') || p.startsWith('/ru/events/'))).toEqual([]);
    await goOffline(context, server);

    const ids = readdirSync('dist/en/events', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const id = ids.at(-1)!;
    await page.goto(`/en/events/${id}/`);
    await expect(page.locator('h1')).toHaveText(h1(readFileSync(`dist/en/events/${id}/index.html`, 'utf8'))!);
    await expect(page.locator('offline-status')).toHaveAttribute('data-state', 'offline');
    expect(await axeBar(page)).toEqual([]);

    await page.goto('/en/timeline/?type=protest');
    const items = page.locator('.results .event-item');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('.results .event-item .type-badge:not(.t-protest)').count()).toBe(0);

    await page.goto('/en/map/');
    await expect(page.locator('.event-map path.region').first()).toBeAttached();
    await expect(
      page.locator('.event-map .ev-marker, .event-map .marker-cluster, .event-map .area-marker').first(),
    ).toBeVisible();

    await page.goto('/en/search/');
    await page.locator('#search-q').fill('Zhanaozen');
    await expect(page.locator('.search-results li').first()).toContainText(/Zhanaozen/i);

    await page.goto(`/kk/events/${id}/`);
    await expect(page.locator('h1')).toHaveText('Бұл бет құрылғыда сақталмаған');
    expect(csp).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});

test('when the browser asks to save data, pages do not offer; the download page does, and says why', async ({
  browser,
}) => {
  const { server, origin } = await serve('dist');
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
  await context.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
  const page = await context.newPage();
  const asked: string[] = [];
  page.on('request', (r) => r.url().endsWith('/offline.json') && asked.push(r.url()));
  try {
    await visit(page, '/ru/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('offline-status')).toHaveAttribute('data-state', '');
    expect(asked).toEqual([]);

    await page.goto('/ru/download/');
    const offer = page.locator('[data-offline-save] offline-status');
    await expect(offer).toHaveAttribute('data-state', 'offer');
    await expect(offer.getByRole('checkbox', { name: 'Русский' })).toBeChecked();
    await expect(page.locator('[data-save-data]')).toBeVisible();
  } finally {
    await context.close();
    server.close();
  }
});

test('without JavaScript, the download page promises nothing about saving in the browser, and still offers the zip', async ({
  browser,
}) => {
  const { server, origin } = await serve('dist');
  const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto('/en/download/');
    await expect(page.getByRole('heading', { name: 'Read without internet in this browser' })).toBeHidden();
    await expect(page.getByRole('link', { name: /qantar-chronicle\.zip/ })).toBeVisible();
  } finally {
    await context.close();
    server.close();
  }
});

test('a new version is offered with a reload button, and taking it removes the old cache', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'qantar-sw-'));
  cpSync('dist', dir, { recursive: true, filter: (src) => !src.includes('/download') });
  const { server, origin } = await serve(dir);
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow', colorScheme: 'dark' });
  const page = await context.newPage();
  try {
    await visit(page, '/en/');
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // A new build: the worker's version changes (its manifest stays, so every file is reused).
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const version = /version: "(\w+)"/.exec(sw)![1]!;
    writeFileSync(join(dir, 'sw.js'), sw.replace(`version: "${version}"`, `version: "${version}next"`));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));

    const bar = page.locator('offline-status');
    await expect(bar).toHaveAttribute('data-state', 'update', { timeout: 30_000 });
    await expect(bar).toContainText('A newer version of the chronicle is available.');
    expect(await axeBar(page)).toEqual([]);
    await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: 'Reload' }).click()]);

    await expect
      .poll(() => page.evaluate(() => caches.keys()))
      .toEqual([before[0]!.replace(version, `${version}next`)]);
    await expect(page.locator('h1')).toBeVisible();
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
