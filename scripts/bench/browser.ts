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

/** Notes the moment the first step of a story is painted (its text, the first thing a reader reads). */
const FIRST_STEP = () => {
  const w = window as unknown as { __firstStep?: number };
  const seen = () => {
    if (w.__firstStep !== undefined || !document.querySelector('.story-step p')) return false;
    requestAnimationFrame(() => setTimeout(() => (w.__firstStep ??= performance.now()), 0));
    return true;
  };
  new MutationObserver((_, obs) => seen() && obs.disconnect()).observe(document, { childList: true, subtree: true });
};

/**
 * Notes every long task (over 50 ms) and the first contentful paint, for the total blocking time:
 * the sum of each long task's time beyond 50 ms after the first paint, as Lighthouse counts it.
 */
const LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Bytes over the wire (compressed, headers included) and bytes decoded, so far. */
interface Bytes {
  (): number;
  decoded(): number;
}

async function withPage<T>(browser: Browser, f: (page: Page, bytes: Bytes) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const wire = new Map<string, number>();
  let decoded = 0;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.dataReceived', (e) => (decoded += e.dataLength));
  cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
  const sum = (re?: RegExp) => [...wire].reduce((n, [id, b]) => (!re || re.test(urls.get(id) ?? '') ? n + b : n), 0);
  const bytes: Bytes = Object.assign(() => sum(), { decoded: () => decoded });
  try {
    return await f(page, bytes);
  } finally {
    await context.close();
  }
}

export interface BrowserFigures {
  firstEventsMs: number;
  firstEventsBytes: number;
  loadedBytes: number;
  /** The same page's bytes once decoded (what it would cost from a host that does not compress). */
  loadedDecodedBytes: number;
  /** Total blocking time of the timeline page, from a long-task observer, until the network is idle. */
  timelineTbtMs: number;
  timelineLongTasks: number;
  /** Until the first screenful of matching events is painted. */
  filterMs: number;
  /** Until the whole first page of matching events is painted. */
  filterAllMs: number;
  filterShown: number;
  mapReadyMs: number;
  mapEvents: number;
  /** A story page (the generated one, over the first entries): its first step's text painted, and its map ready. */
  storyFirstTextMs: number;
  storyMapReadyMs: number;
}

export async function measureBrowser(base: string, busiestType: string, runs = 3): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const timeline: { ms: number; bytes: number; loaded: number; decoded: number; tbt: number; tasks: number }[] = [];
    for (let i = 0; i < runs; i++)
      timeline.push(
        await withPage(browser, async (page, bytes) => {
          await page.addInitScript(FIRST_EVENTS);
          await page.addInitScript(LONG_TASKS);
          await page.goto(`${base}/en/timeline/`, { waitUntil: 'commit' });
          const ms = await page
            .waitForFunction(() => (window as unknown as { __firstEvents?: number }).__firstEvents, null, {
              polling: 10,
            })
            .then((h) => h.jsonValue() as Promise<number>);
          const atFirst = bytes();
          await page.waitForLoadState('networkidle');
          const { tbt, tasks } = await page.evaluate(() => {
            const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
            const after = w.__longTasks.filter((t) => t.start + t.duration > fcp);
            return {
              tbt: after.reduce((n, t) => n + Math.max(0, t.start + t.duration - Math.max(t.start, fcp) - 50), 0),
              tasks: after.length,
            };
          });
          return { ms, bytes: atFirst, loaded: bytes(), decoded: bytes.decoded(), tbt, tasks };
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

    const stories: { text: number; map: number }[] = [];
    for (let i = 0; i < runs; i++)
      stories.push(
        await withPage(browser, async (page) => {
          await page.addInitScript(FIRST_STEP);
          await page.goto(`${base}/en/stories/bench-story/`, { waitUntil: 'commit' });
          const text = await page
            .waitForFunction(() => (window as unknown as { __firstStep?: number }).__firstStep, null, { polling: 10 })
            .then((h) => h.jsonValue() as Promise<number>);
          await page.locator('event-map[data-ready]').waitFor({ timeout: 60_000 });
          const map = await page.evaluate(
            () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
          );
          return { text, map };
        }),
      );

    return {
      storyFirstTextMs: median(stories.map((s) => s.text)),
      storyMapReadyMs: median(stories.map((s) => s.map)),
      firstEventsMs: median(timeline.map((t) => t.ms)),
      firstEventsBytes: median(timeline.map((t) => t.bytes)),
      loadedBytes: median(timeline.map((t) => t.loaded)),
      loadedDecodedBytes: median(timeline.map((t) => t.decoded)),
      timelineTbtMs: median(timeline.map((t) => t.tbt)),
      timelineLongTasks: median(timeline.map((t) => t.tasks)),
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

/** A typical query per language: a place name, as a reader types it. */
export const SEARCH_QUERIES = { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } as const;

/** What the server sent: bodies as on the wire (gzipped where the host would), by path. */
export interface Served {
  reset(): void;
  sent(): { path: string; bytes: number }[];
}

export interface SearchFigures {
  lang: string;
  query: string;
  results: number;
  /** Bytes of every response under /pagefind/ for the query (the worker's too), until the first results are listed and the network is idle. */
  pagefindBytes: number;
  requests: number;
  ms: number;
}

/**
 * One query in each language through the site's own search page (Pagefind's JavaScript API in its
 * worker), with an empty cache: the bytes of every Pagefind file it fetched, counted by the server
 * (the page's own network log does not see the worker's requests), and the time until the results
 * were listed.
 */
export async function measureSearch(base: string, served: Served): Promise<SearchFigures[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const out: SearchFigures[] = [];
    for (const [lang, query] of Object.entries(SEARCH_QUERIES))
      out.push(
        await withPage(browser, async (page) => {
          served.reset();
          const started = Date.now();
          await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
          await page.waitForSelector('site-search[data-count]', { timeout: 120_000 });
          const ms = Date.now() - started;
          await page.waitForLoadState('networkidle');
          const pagefind = served.sent().filter((r) => r.path.includes('/pagefind/'));
          return {
            lang,
            query,
            results: Number(await page.getAttribute('site-search', 'data-count')),
            pagefindBytes: pagefind.reduce((n, r) => n + r.bytes, 0),
            requests: pagefind.length,
            ms,
          };
        }),
      );
    return out;
  } finally {
    await browser.close();
  }
}
