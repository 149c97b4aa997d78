/**
 * The site works under a sub-path (a mirror at https://mirror.example/qantar/), not only at a
 * domain root. The build runs as `npm run build` does (scripts/build.ts: `astro build`, then the
 * search index and the offline copy with the base Astro resolved) with BASE_PATH=/qantar/, into a
 * temporary folder; scripts/serve.ts serves it under
 * that prefix only (anything outside it is a 404), and every page is crawled: every link, script,
 * style sheet, image, font and frame must answer 200, and must stay under the prefix.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { parse } from 'node-html-parser';
import { startServer } from '../../scripts/serve.ts';

const root = join(import.meta.dirname, '../..');
const PREFIX = '/qantar/';
// absolute links (canonical, hreflang, feeds) name this origin; the crawl maps it to the test server
const SITE = 'https://mirror.example';

let tmp: string;
let server: ReturnType<typeof startServer>;
let origin: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  tmp = mkdtempSync(join(tmpdir(), 'qantar-subpath-'));
  const dist = join(tmp, 'dist');
  const env = { ...process.env, BASE_PATH: PREFIX, SITE_URL: SITE, QANTAR_CACHE_DIR: join(tmp, 'cache') };
  const args = [join(root, 'scripts/build.ts'), '--outDir', dist];
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 400_000 });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  server = startServer(dist, 0, PREFIX);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The URLs a page or a style sheet refers to. */
function references(type: string, body: string): string[] {
  if (type.startsWith('text/css')) return [...body.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);
  if (!type.startsWith('text/html')) return [];
  const doc = parse(body);
  const out: string[] = [];
  for (const el of doc.querySelectorAll('[href], [src], [srcset]')) {
    for (const attr of ['href', 'src']) {
      const v = el.getAttribute(attr);
      if (v !== undefined) out.push(v);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset)
      out.push(
        ...srcset
          .split(',')
          .map((s) => s.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
  }
  return out;
}

test('the build served under /qantar/ has no broken links', async () => {
  test.setTimeout(300_000);
  const seen = new Map<string, string>(); // url -> the page that links it first
  const queue: string[] = [];
  const broken: string[] = [];
  const outside: string[] = [];
  const add = (raw: string, from: string) => {
    if (/^(mailto:|tel:|data:|blob:|javascript:|#)/i.test(raw)) return;
    let url: URL;
    try {
      url = new URL(raw.replace(SITE, origin), `${origin}${from}`);
    } catch {
      broken.push(`${from}: unparseable ${raw}`);
      return;
    }
    if (url.origin !== origin) return; // another site: sources, the repository
    if (!url.pathname.startsWith(PREFIX)) outside.push(`${from}: ${raw}`);
    const key = url.pathname;
    if (!seen.has(key)) {
      seen.set(key, from);
      queue.push(key);
    }
  };
  add(PREFIX, PREFIX);
  for (const lang of ['kk', 'ru', 'en']) add(`${PREFIX}${lang}/`, PREFIX);

  let pages = 0;
  while (queue.length) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async (path) => {
        const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
        const type = res.headers.get('content-type') ?? '';
        if (res.status !== 200) {
          broken.push(`${seen.get(path)} → ${path}: ${res.status}`);
          await res.body?.cancel();
          return;
        }
        if (!type.startsWith('text/html') && !type.startsWith('text/css')) {
          await res.body?.cancel();
          return;
        }
        if (type.startsWith('text/html')) pages++;
        for (const ref of references(type, await res.text())) add(ref, path);
      }),
    );
  }
  expect(broken).toEqual([]);
  expect(outside).toEqual([]);
  // the crawl reached the whole site: every page type in every language
  expect(pages).toBeGreaterThan(100);
  for (const path of ['kk/timeline/', 'ru/map/', 'en/contribute/new/', 'en/search/', 'en/data/'])
    expect(seen.has(`${PREFIX}${path}`), path).toBe(true);
});

test('pages under /qantar/ load their scripts and styles, and the propose form works', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await page.goto(`${origin}${PREFIX}ru/contribute/new/`);
  await expect(page.locator('entry-form')).toHaveAttribute('data-ready', '');
  // the stylesheet applied: the public warning has its border
  expect(await page.locator('.public-notice').evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('6px');
  await page.fill('#f-title', '<b>');
  await page.click('entry-form button[type="submit"]');
  await expect(page.locator('[data-field="title"] > .field-error')).toHaveText(
    'только простой текст: уберите < и > (без HTML)',
  );
  await page.goto(`${origin}${PREFIX}en/timeline/`);
  await page.getByRole('link', { name: 'Contribute' }).first().click();
  await expect(page).toHaveURL(`${origin}${PREFIX}en/contribute/`);
  expect(failed.filter((f) => !f.endsWith('/favicon.ico'))).toEqual([]);
});

test('built with SITE_URL, every address a reader can copy is on the public site', () => {
  const dist = join(tmp, 'dist');
  const own = `${SITE}${PREFIX}`;
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter(
    (f) => /\.(html|xml|json|csv|geojson)$/.test(f) && !f.startsWith('pagefind'),
  );
  const wrong: string[] = [];
  let seen = 0;
  for (const f of files) {
    const text = readFileSync(join(dist, f), 'utf8');
    // the offline copy's page tells readers to open their own local server: the only local address
    for (const m of text.matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\/?[^\s"'<>]*/g))
      if (!m[0].startsWith('http://localhost:8000/')) wrong.push(`${f}: ${m[0]}`);
    for (const m of text.matchAll(/https?:\/\/mirror\.example[^\s"'<>,)]*/g)) {
      seen++;
      if (!m[0].startsWith(own)) wrong.push(`${f}: ${m[0]}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(seen).toBeGreaterThan(100);
  // the places a reader copies from: canonical and language links, the citation and permanent link, the feed
  const page = parse(
    readFileSync(join(dist, 'en/events', readdirSync(join(dist, 'en/events'))[0]!, 'index.html'), 'utf8'),
  );
  const hrefs = page.querySelectorAll('link[rel="canonical"], link[hreflang]').map((l) => l.getAttribute('href')!);
  expect(hrefs.length).toBe(5);
  for (const h of hrefs) expect(h.startsWith(own)).toBe(true);
  expect(page.querySelector('.cite')!.textContent).toContain(`${own}en/events/`);
  expect(readFileSync(join(dist, 'en/feed.xml'), 'utf8')).toContain(
    `<link rel="self" type="application/atom+xml" href="${own}en/feed.xml"/>`,
  );
});
