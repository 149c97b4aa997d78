/**
 * What a reader waits for, measured in Chromium against the built site on 127.0.0.1: time until
 * the first events of the timeline are on screen and the bytes transferred by then, the time to
 * apply a filter, and the time until the map shows every event. Each page load uses a fresh
 * browser context (empty cache); each figure is the median of a few runs.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Notes, in the page, the moment the first event item is painted (the frame after it is in the DOM). */
const FIRST_EVENTS = () => {
  const w = window as unknown as { __firstEvents?: number };
  const seen = () => {
    if (w.__firstEvents !== undefined || !document.querySelector('.event-item')) return false;
    requestAnimationFrame(() => setTimeout(() => (w.__firstEvents ??= performance.now()), 0));
    return true;
  };
  new MutationObserver((_, obs) => seen() && obs.disconnect()).observe(document, { childList: true, subtree: true });
};

async function withPage<T>(browser: Browser, f: (page: Page, bytes: () => number) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  try {
    return await f(page, () => bytes);
  } finally {
    await context.close();
  }
}

export interface BrowserFigures {
  firstEventsMs: number;
  firstEventsBytes: number;
  loadedBytes: number;
  /** Until the first screenful of matching events is painted. */
  filterMs: number;
  /** Until the whole first page of matching events is painted. */
  filterAllMs: number;
  filterShown: number;
  mapReadyMs: number;
  mapEvents: number;
}

export async function measureBrowser(base: string, busiestType: string, runs = 3): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const timeline: { ms: number; bytes: number; loaded: number }[] = [];
    for (let i = 0; i < runs; i++)
      timeline.push(
        await withPage(browser, async (page, bytes) => {
          await page.addInitScript(FIRST_EVENTS);
          await page.goto(`${base}/en/timeline/`, { waitUntil: 'commit' });
          const ms = await page
            .waitForFunction(() => (window as unknown as { __firstEvents?: number }).__firstEvents, null, {
              polling: 10,
            })
            .then((h) => h.jsonValue() as Promise<number>);
          const atFirst = bytes();
          await page.waitForLoadState('networkidle');
          return { ms, bytes: atFirst, loaded: bytes() };
        }),
      );

    const filters: { ms: number; allMs: number; shown: number }[] = [];
    for (let i = 0; i < runs; i++)
      filters.push(
        await withPage(browser, async (page) => {
          await page.goto(`${base}/en/timeline/`);
          // as a reader does: reach for the filters (which fetches the index and first texts), then choose
          await page.hover('details[data-key="type"] > summary');
          await page.click('details[data-key="type"] > summary');
          await page.waitForSelector('explore-filters[data-warm]');
          return page.evaluate(async (type) => {
            const box = document.querySelector<HTMLInputElement>(`input[name="type[]"][value="${type}"]`)!;
            const painted = () =>
              new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
            const shown = new Promise<number>((r) =>
              document.addEventListener('explore:shown', () => r(painted()), { once: true }),
            );
            const rendered = new Promise<number>((r) =>
              document.addEventListener('explore:rendered', () => r(painted()), { once: true }),
            );
            const t0 = performance.now();
            box.checked = true;
            box.dispatchEvent(new Event('change', { bubbles: true }));
            return {
              ms: (await shown) - t0,
              allMs: (await rendered) - t0,
              shown: document.querySelectorAll('#timeline-results .event-item').length,
            };
          }, busiestType);
        }),
      );

    const maps: { ms: number; events: number }[] = [];
    for (let i = 0; i < runs; i++)
      maps.push(
        await withPage(browser, async (page) => {
          await page.goto(`${base}/en/map/`, { waitUntil: 'commit' });
          const map = page.locator('event-map[data-ready]');
          await map.waitFor({ timeout: 60_000 });
          const ms = await page.evaluate(
            () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
          );
          const events =
            Number(await map.getAttribute('data-points')) + Number(await map.getAttribute('data-area-events'));
          return { ms, events };
        }),
      );

    return {
      firstEventsMs: median(timeline.map((t) => t.ms)),
      firstEventsBytes: median(timeline.map((t) => t.bytes)),
      loadedBytes: median(timeline.map((t) => t.loaded)),
      filterMs: median(filters.map((f) => f.ms)),
      filterAllMs: median(filters.map((f) => f.allMs)),
      filterShown: filters[0]!.shown,
      mapReadyMs: median(maps.map((m) => m.ms)),
      mapEvents: maps[0]!.events,
    };
  } finally {
    await browser.close();
  }
}
