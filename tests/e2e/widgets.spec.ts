/**
 * Widgets on a member site: a third-party page on another origin (its own localhost port, with
 * hostile CSS) embeds two widgets with the loader. Each shows exactly the matching events, has no
 * inner scroll bar, is reachable by keyboard, keeps its own styles, and nothing is requested from
 * any origin but the chronology's. Also: the plain iframe, the event card, the builder page.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { applyFilters, parseFilters, toFilterable } from '../../src/lib/filters.ts';
import { DIST } from './built-site.ts';
import { chronicle } from './site.ts';

const HOSTILE_CSS = `
  * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; background: rgb(255, 255, 0) !important; }
  li, h2, p { display: none !important; }
  a { text-decoration: line-through !important; }
  body { font-size: 40px !important; }
`;

function memberSite(body: string): Promise<{ server: Server; origin: string }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A member's site</title><style>${HOSTILE_CSS}</style></head>
<body><h1 id="host-heading">A member's site</h1>${body}</body></html>`;
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

const expected = (query: string) =>
  applyFilters(chronicle().events.map(toFilterable), parseFilters(query)).map((e) => e.id);

async function widgetFrame(page: Page, hostSelector: string): Promise<Frame> {
  const handle = await page.locator(`${hostSelector} iframe`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('qc-embed-timeline[aria-busy="false"], article.embed-card');
  return frame!;
}

/** Waits until the loader has sized the iframe to its content, then reports both heights. */
async function sized(page: Page, hostSelector: string, frame: Frame) {
  // as a reader comes to it: Chromium holds back the rendering (and so the resize observer) of a
  // frame from another origin while it is off screen, and the frame tells its height when shown
  await page.locator(`${hostSelector} iframe`).scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const outer = await page.locator(`${hostSelector} iframe`).evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
        return Math.abs(outer - inner);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
  return frame.evaluate(() => ({
    vertical: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    horizontal: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
}

test.describe('two widgets on a third-party site', () => {
  // Once in many clean runs the second widget's iframe kept its first height for the whole 10 s,
  // likely while the first widget's growth had pushed it off screen (see sized()): a second try
  // tells such a timing fault from a loader that does not size its frames, which fails both.
  test.describe.configure({ retries: 1 });
  let site: { server: Server; origin: string };
  test.beforeAll(async ({ baseURL }) => {
    site = await memberSite(`
      <div data-qantar-timeline data-lang="ru" data-type="detention" data-place="almaty" id="w-ru"></div>
      <p>Between the widgets.</p>
      <div data-qantar-timeline data-lang="en" data-from="2022-01-04" data-to="2022-01-07" id="w-en"></div>
      <script src="${baseURL}/embed.js" async></script>`);
  });
  test.afterAll(() => site.server.close());

  test('each shows exactly its events, sized to its content, styled by itself, with no foreign request', async ({
    page,
    baseURL,
  }) => {
    const chronology = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (origin !== chronology && origin !== site.origin) foreign.push(r.url());
      // nothing the frames load comes from the member's site
      if (r.frame() !== page.mainFrame() && origin !== chronology) foreign.push(`frame: ${r.url()}`);
    });
    await page.goto(site.origin);
    // the hostile CSS is live on the host page itself
    await expect(page.locator('#host-heading')).toHaveCSS('color', 'rgb(255, 0, 0)');

    for (const [id, query, lang] of [
      ['#w-ru', 'type=detention&place=almaty', 'ru'],
      ['#w-en', 'from=2022-01-04&to=2022-01-07', 'en'],
    ] as const) {
      const want = expected(query);
      expect(want.length, `content has events for ${query}`).toBeGreaterThan(0);
      await page.locator(id).scrollIntoViewIfNeeded();
      const frame = await widgetFrame(page, id);
      expect(new URL(frame.url()).origin).toBe(chronology);
      expect(new URL(frame.url()).pathname).toBe(`/embed/${lang}/timeline/`);
      await expect(frame.locator('html')).toHaveAttribute('lang', lang);
      const shown = await frame
        .locator('.embed-list > li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
      expect(shown).toEqual(want);

      // each item: local date, place, type, title linking to the entry in a new tab, verification
      const first = frame.locator('.embed-list > li').first();
      const e = chronicle().byId.get(want[0]!)!;
      await expect(first.locator('.embed-meta')).toContainText(e.place.name[lang]);
      await expect(first.locator('.type-badge')).toBeVisible();
      await expect(first.locator('.verif')).toBeVisible();
      const link = first.locator('.embed-title a');
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('href', `/${lang}/events/${e.id}/`);

      // no inner scroll bar: the loader gave the iframe the height of its content
      expect(await sized(page, id, frame)).toEqual({ vertical: false, horizontal: false });

      // the host page's CSS did not leak in
      await expect(first).toBeVisible();
      const style = await link.evaluate((a) => {
        const s = getComputedStyle(a);
        return {
          color: s.color,
          font: s.fontFamily,
          decoration: s.textDecorationLine,
          size: getComputedStyle(document.body).fontSize,
        };
      });
      expect(style.color).not.toBe('rgb(255, 0, 0)');
      expect(style.font).not.toMatch(/Comic/);
      expect(style.decoration).not.toBe('line-through');
      expect(style.size).not.toBe('40px');
      expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 0)');
    }
    expect(foreign).toEqual([]);
  });

  test('both widgets are reachable by keyboard, in page order', async ({ page }) => {
    await page.goto(site.origin);
    const frames = { ru: await widgetFrame(page, '#w-ru'), en: await widgetFrame(page, '#w-en') };
    const reached: string[] = [];
    for (let i = 0; i < 200 && !reached.includes('en'); i++) {
      await page.keyboard.press('Tab');
      for (const [lang, frame] of Object.entries(frames)) {
        const inItem = await frame.evaluate(() =>
          Boolean(document.hasFocus() && document.activeElement?.closest('.embed-list > li a')),
        );
        if (inItem && !reached.includes(lang)) reached.push(lang);
      }
    }
    expect(reached).toEqual(['ru', 'en']);
    // the focused link is visibly marked
    const outline = await frames.en.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('the loader accepts size messages only from its own frames on the chronology’s origin', async ({ page }) => {
    await page.goto(site.origin);
    const frame = await widgetFrame(page, '#w-en');
    await sized(page, '#w-en', frame);
    const before = await page.locator('#w-en iframe').evaluate((f) => f.getBoundingClientRect().height);
    // a message from the host page's own origin, shaped like the frame's
    await page.evaluate(() => window.postMessage({ qantar: 'size', height: 7, title: 'x' }, '*'));
    await page.waitForTimeout(300);
    expect(await page.locator('#w-en iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(before);
    await expect(page.locator('#w-en iframe')).toHaveAttribute('title', /Qantar Chronicle|Timeline/);
  });
});

test('an event card and a dark, accented timeline through the loader; a plain iframe without it', async ({
  page,
  baseURL,
}) => {
  const event = chronicle().events.find((e) => e.texts.kk) ?? chronicle().events[0]!;
  const site = await memberSite(`
    <div data-qantar-event="${event.id}" data-lang="kk" id="card"></div>
    <div data-qantar-timeline data-lang="en" data-type="casualty" data-limit="2" data-theme="dark" data-accent="#1f9c4e" id="dark"></div>
    <iframe id="plain" src="${baseURL}/embed/ru/timeline/?type=state-measure" title="Хроника" width="100%" height="400"></iframe>
    <script src="${baseURL}/embed.js" async></script>`);
  try {
    await page.goto(site.origin);
    const card = await widgetFrame(page, '#card');
    expect(new URL(card.url()).pathname).toBe('/embed/kk/event/');
    expect(new URL(card.url()).searchParams.get('id')).toBe(event.id);
    await expect(card.locator('.embed-title a')).toHaveText(
      new RegExp(
        (event.texts.kk ?? event.texts[event.data.lang]!).title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ),
    );
    await expect(card.locator('.embed-title a')).toHaveAttribute('target', '_blank');
    expect(await sized(page, '#card', card)).toEqual({ vertical: false, horizontal: false });

    const dark = await widgetFrame(page, '#dark');
    await expect(dark.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.embed-head')!).borderTopColor)).toBe(
      'rgb(31, 156, 78)',
    );
    const casualties = expected('type=casualty');
    await expect(dark.locator('.embed-list > li')).toHaveCount(Math.min(2, casualties.length));
    if (casualties.length > 2)
      await expect(dark.locator('.embed-more')).toHaveText(`${casualties.length - 2} more on the full timeline`);

    // without the loader: the same frame, filtered from its own URL
    const plain = await (await page.locator('#plain').elementHandle())!.contentFrame();
    await plain!.waitForSelector('qc-embed-timeline[aria-busy="false"]');
    expect(
      await plain!.locator('.embed-list > li').evaluateAll((l) => l.map((li) => li.getAttribute('data-id'))),
    ).toEqual(expected('type=state-measure'));
  } finally {
    site.server.close();
  }
});

test('a widget link opens the full entry in a new tab', async ({ page, context, baseURL }) => {
  const site = await memberSite(
    `<div data-qantar-timeline data-lang="en" data-limit="1"></div><script src="${baseURL}/embed.js" async></script>`,
  );
  try {
    await page.goto(site.origin);
    const frame = await widgetFrame(page, 'div[data-qantar-timeline]');
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('.embed-title a').first().click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${baseURL}/en/events/${chronicle().events[0]!.id}/`);
    await expect(tab.locator('h1')).toBeVisible();
  } finally {
    site.server.close();
  }
});

test('the frames may be framed by other sites; the loader is small', async ({ request }) => {
  const res = await request.get('/embed/en/timeline/');
  expect(res.headers()['content-security-policy']).toBe('frame-ancestors *');
  const loader = readFileSync(join(DIST, 'embed.js'));
  expect(gzipSync(loader, { level: 9 }).length).toBeLessThan(5 * 1024);
});

test('the builder previews the widget and hands out the snippet for it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/ru/widgets/');
  const form = page.locator('qc-widget-builder form');
  await form.locator('input[data-param="type"][value="detention"]').check();
  await form.locator('select[name="place"]').selectOption('almaty');
  const loader = page.locator('#snippet-loader');
  await expect(loader).toHaveValue(
    `<div data-qantar-timeline data-lang="ru" data-type="detention" data-place="almaty"></div>\n<script src="${baseURL}/embed.js" async></script>`,
  );
  await expect(page.locator('#snippet-iframe')).toHaveValue(
    new RegExp(`src="${baseURL}/embed/ru/timeline/\\?type=detention&amp;place=almaty"`),
  );
  // the live preview is the real frame with that selection
  const preview = page.frameLocator('iframe.preview');
  await expect(page.locator('iframe.preview')).toHaveAttribute(
    'src',
    `${baseURL}/embed/ru/timeline/?type=detention&place=almaty`,
  );
  await expect(preview.locator('.embed-list > li')).toHaveCount(expected('type=detention&place=almaty').length);

  await form.locator('select[name="lang"]').selectOption('kk');
  await form.locator('input[name="theme"][value="dark"]').check();
  await form.locator('#use-accent').check();
  await expect(loader).toHaveValue(
    /data-lang="kk" data-type="detention" data-place="almaty" data-theme="dark" data-accent="#1f4e9c"/,
  );
  await expect(page.locator('iframe.preview')).toHaveAttribute(
    'src',
    /\/embed\/kk\/timeline\/\?type=detention&place=almaty&theme=dark&accent=1f4e9c$/,
  );

  await form.locator('input[name="kind"][value="event"]').check();
  const idField = form.getByLabel('Запись', { exact: true });
  // the latest entry is filled in
  const latest = chronicle().events.at(-1)!.id;
  await expect(idField).toHaveValue(latest);
  await expect(loader).toHaveValue(
    new RegExp(
      `^<div data-qantar-event="${latest}" data-lang="kk" data-theme="dark" data-accent="#1f4e9c"><a href="${baseURL}/kk/events/${latest}/">`,
    ),
  );
  await expect(preview.locator('article.embed-card')).toHaveAttribute('data-id', latest);
  // an id no entry has is refused beside the field, and the snippet stays the last good one
  await idField.fill('2022-01-05-no-such-entry');
  await expect(idField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#widget-event-error')).toHaveText(
    'Записи с таким идентификатором нет. Скопируйте адрес записи с её страницы.',
  );
  await expect(loader).toHaveValue(new RegExp(`data-qantar-event="${latest}"`));
  // the whole address of an entry's page is understood
  const id = chronicle().events[0]!.id;
  await idField.fill(`${baseURL}/en/events/${id}/`);
  await expect(idField).toHaveAttribute('aria-invalid', 'false');
  await expect(loader).toHaveValue(new RegExp(`^<div data-qantar-event="${id}" data-lang="kk"`));
  await expect(preview.locator('article.embed-card')).toHaveAttribute('data-id', id);

  await page.getByRole('button', { name: 'Копировать' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await loader.inputValue());
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the frames pass axe (WCAG 2.2 AA) in every theme, reader setting ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const card = chronicle().events[0]!.id;
    const found: string[] = [];
    for (const path of [
      '/embed/ru/timeline/?type=detention',
      '/embed/kk/timeline/?theme=dark',
      '/embed/en/timeline/?theme=light&accent=1f9c4e',
      `/embed/kk/event/?id=${card}`,
    ]) {
      await page.goto(path);
      await page.waitForSelector('qc-embed-timeline[aria-busy="false"], article.embed-card');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of results.violations)
        found.push(
          `${path}: ${v.id}: ${v.nodes
            .slice(0, 2)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
    }
    expect(found).toEqual([]);
  });
}

test('an entry page links to the builder with its card chosen', async ({ page }) => {
  const id = chronicle().events[3]!.id;
  await page.goto(`/en/events/${id}/`);
  await page.getByRole('link', { name: 'Show this entry on your site' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/widgets/\\?kind=event&id=${id}$`));
  await expect(page.locator('input[name="kind"][value="event"]')).toBeChecked();
  await expect(page.locator('#snippet-loader')).toHaveValue(
    new RegExp(`^<div data-qantar-event="${id}" data-lang="en">`),
  );
  await expect(page.frameLocator('iframe.preview').locator('article.embed-card')).toHaveAttribute('data-id', id);
});

test('one card frame per language serves every entry; old card addresses still lead to it', async ({ page }) => {
  const events = chronicle().events;
  // the site no longer has a page per entry's card
  const { readdirSync } = await import('node:fs');
  expect(readdirSync(join(DIST, 'embed/en/event')).sort()).toEqual(['index.html']);
  for (const e of [events[0]!, events.at(-1)!]) {
    await page.goto(`/embed/ru/event/?id=${e.id}`);
    await expect(page.locator('article.embed-card')).toHaveAttribute('data-id', e.id);
    await expect(page.locator('.embed-fallback')).toHaveAttribute('href', `/ru/events/${e.id}/`);
  }
  // an old address, query and all, ends at the card frame (the 404 page forwards it where a host has no redirects)
  await page.goto(`/embed/en/event/${events[1]!.id}/?theme=dark`);
  await expect(page).toHaveURL(new RegExp(`/embed/en/event/\\?id=${events[1]!.id}&theme=dark$`));
  await expect(page.locator('article.embed-card')).toHaveAttribute('data-id', events[1]!.id);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // an id no entry has says so, and offers no broken card
  await page.goto('/embed/en/event/?id=2022-01-05-no-such-entry');
  await expect(page.locator('.embed-count')).toHaveText('There is no entry with this id in the chronicle.');
  await expect(page.locator('article.embed-card')).toHaveCount(0);
});

test('a card for readers without JavaScript: the member page keeps a link to the entry, the frame a link to the chronicle', async ({
  browser,
  baseURL,
}) => {
  const id = chronicle().events[2]!.id;
  const site = await memberSite(
    `<div data-qantar-event="${id}" data-lang="en" id="card"><a href="${baseURL}/en/events/${id}/">Read the full entry</a></div><script src="${baseURL}/embed.js" async></script>`,
  );
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await ctx.newPage();
    await page.goto(site.origin);
    await expect(page.locator('#card a')).toHaveAttribute('href', `${baseURL}/en/events/${id}/`);
    await page.goto(`${baseURL}/embed/en/event/?id=${id}`);
    await expect(page.locator('noscript, a[href="/en/timeline/"]').first()).toBeAttached();
    expect(await page.locator('a[href="/en/timeline/"]').count()).toBeGreaterThan(0);
  } finally {
    await ctx.close();
    site.server.close();
  }
});

test('with the loader, a card hides its fallback link and shows the frame on another origin', async ({
  page,
  baseURL,
}) => {
  const id = chronicle().events[2]!.id;
  const site = await memberSite(
    `<div data-qantar-event="${id}" data-lang="en" id="card"><a href="${baseURL}/en/events/${id}/">Read the full entry</a></div><script src="${baseURL}/embed.js" async></script>`,
  );
  try {
    await page.goto(site.origin);
    const card = await widgetFrame(page, '#card');
    await expect(card.locator('article.embed-card')).toHaveAttribute('data-id', id);
    await expect(page.locator('#card > a')).toBeHidden();
  } finally {
    site.server.close();
  }
});
