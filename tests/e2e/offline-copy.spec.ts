/**
 * The downloadable copy, checked as its reader would: the checksum matches, Python's unzip opens
 * it, `python3 -m http.server` serves it from the unpacked folder and from its parent (the site
 * then lives under /qantar-chronicle/), no link is broken or leaves the folder, and in Chromium the
 * language memory, the filtered timeline, the map and search work under the sub-path.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZIP = 'dist/download/qantar-chronicle.zip';
const FOLDER = 'qantar-chronicle';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as { port: number };
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** `python3 -m http.server` in dir, on a free port; resolves once it answers. */
async function pythonServer(dir: string): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, child };
    await new Promise((ok) => setTimeout(ok, 100));
  }
  child.kill();
  throw new Error('python3 -m http.server did not start');
}

const ATTR = /\s(href|src|srcset)\s*=\s*"([^"]*)"/g;
function linksIn(text: string, type: string): string[] {
  if (type.includes('css'))
    return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
      .map((m) => m[1]!)
      .filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
  const out: string[] = [];
  for (const [, name, value] of text.matchAll(ATTR)) {
    const candidates = name === 'srcset' ? value!.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value!];
    for (const candidate of candidates) {
      if (candidate && !candidate.startsWith('#')) out.push(candidate);
    }
  }
  return out;
}

/**
 * Follows every link of every page and stylesheet from `start`, within the site's own address.
 * A link is broken when it does not answer 200, or when it leaves the folder the site is in.
 */
async function crawl(
  start: string,
): Promise<{ visited: number; pages: number; broken: string[]; downloads: string[] }> {
  const prefix = new URL('./', start).href;
  const origin = new URL(start).origin;
  const from = new Map<string, string>([[start, '(start)']]);
  const queue = [start];
  const broken: string[] = [];
  const downloads = new Set<string>();
  let pages = 0;
  const visit = async (url: string) => {
    if (!url.startsWith(prefix)) return void broken.push(`${url} leaves ${prefix} (linked from ${from.get(url)})`);
    const res = await fetch(url);
    if (res.status !== 200) return void broken.push(`${res.status} ${url} (linked from ${from.get(url)})`);
    const type = res.headers.get('content-type') ?? '';
    if (!/html|css/.test(type)) return void (await res.arrayBuffer());
    if (type.includes('html')) pages++;
    for (const link of linksIn(await res.text(), type)) {
      const target = new URL(link, url);
      if (target.origin !== origin) continue;
      target.hash = '';
      target.search = '';
      // The copy does not contain itself: the data page's link to the zip is the one expected gap.
      if (target.href.startsWith(`${prefix}download/`)) downloads.add(target.href.slice(prefix.length));
      else if (!from.has(target.href)) {
        from.set(target.href, url);
        queue.push(target.href);
      }
    }
  };
  let active = 0;
  const lane = async () => {
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        if (active === 0) return;
        await new Promise((ok) => setTimeout(ok, 10)); // another lane's page may still add links
        continue;
      }
      active++;
      await visit(url).finally(() => active--);
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  return { visited: from.size, pages, broken, downloads: [...downloads].sort() };
}

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qantar-copy-'));
  // Python's own unzip, not the library that wrote the file.
  const unzip = spawnSync('python3', ['-m', 'zipfile', '-e', ZIP, dir], { encoding: 'utf8' });
  expect(unzip.status, unzip.stderr).toBe(0);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the zip matches its published sha256 and unpacks into one folder with the whole site', () => {
  const line = readFileSync(`${ZIP}.sha256`, 'utf8');
  expect(line).toMatch(/^[0-9a-f]{64} {2}qantar-chronicle\.zip\n$/);
  expect(line.slice(0, 64)).toBe(createHash('sha256').update(readFileSync(ZIP)).digest('hex'));
  const check = spawnSync('sha256sum', ['-c', 'qantar-chronicle.zip.sha256'], {
    cwd: 'dist/download',
    encoding: 'utf8',
  });
  expect(check.stdout).toContain('qantar-chronicle.zip: OK');
  for (const file of [
    'index.html',
    'README.txt',
    'sw.js',
    'kk/index.html',
    'ru/timeline/index.html',
    'en/search/index.html',
    'pagefind/pagefind.js',
  ])
    expect(existsSync(join(dir, FOLDER, file)), file).toBe(true);
  expect(existsSync(join(dir, FOLDER, 'download'))).toBe(false);
  const readme = readFileSync(join(dir, FOLDER, 'README.txt'), 'utf8');
  expect(readme).toContain('python3 -m http.server 8000');
  // How to host a mirror under any sub-path, and the mirrors listed, in each language.
  expect(readme).toContain('under any sub-path');
  expect(readme).toContain('по любому подпути');
  expect(readme).toContain('No mirror is listed yet.');
});

test('SHA256SUMS lists the zip and every data file the data page offers, and sha256sum -c verifies them all', () => {
  const sums = readFileSync('dist/download/SHA256SUMS', 'utf8');
  const listed = sums
    .trim()
    .split('\n')
    .map((l) => l.slice(66));
  expect(listed).toContain('download/qantar-chronicle.zip');
  const offered = [...readFileSync('dist/en/data/index.html', 'utf8').matchAll(/<tr data-file="\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  expect(offered.length).toBeGreaterThan(5);
  for (const file of offered) expect(listed, file).toContain(file);
  const check = spawnSync('sha256sum', ['-c', 'download/SHA256SUMS'], { cwd: 'dist', encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout.trim().split('\n')).toHaveLength(listed.length);
  expect(check.stdout).not.toMatch(/FAILED/);
});

for (const where of ['the unpacked folder', 'its parent folder (a sub-path)'] as const) {
  test(`served by python3 -m http.server from ${where}, no link is broken`, async () => {
    const sub = where.startsWith('its parent');
    const { origin, child } = await pythonServer(sub ? dir : join(dir, FOLDER));
    try {
      const result = await crawl(`${origin}/${sub ? `${FOLDER}/` : ''}`);
      console.log(
        `copy served from ${where}: ${result.pages} pages and ${result.visited} files and folders followed, ${result.broken.length} broken`,
      );
      expect(result.broken).toEqual([]);
      expect(result.pages).toBeGreaterThan(100);
      // The data and download pages offer the zip and the checksums: the only files the copy does not contain.
      expect(result.downloads).toEqual([
        'download/SHA256SUMS',
        'download/qantar-chronicle.zip',
        'download/qantar-chronicle.zip.sha256',
      ]);
    } finally {
      child.kill();
    }
  });
}

test('under a sub-path, the copy remembers the language and its timeline filters, map and search work', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { origin, child } = await pythonServer(dir);
  // As a reader gets it: with its service worker registering in the background.
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const root = `${origin}/${FOLDER}/`;
  const failures: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  // Requests cut short by the next navigation are not failures of the copy.
  page.on(
    'requestfailed',
    (r) =>
      r.failure()?.errorText !== 'net::ERR_ABORTED' && failures.push(`failed ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));
  const stayIn = async (p: Page) => expect(p.url().startsWith(root), p.url()).toBe(true);
  try {
    await page.goto(root);
    await page.locator('a[data-choose-lang="ru"]').click();
    await expect(page).toHaveURL(`${root}ru/`);
    await page.goto(root); // a returning reader is sent to the language chosen before
    await expect(page).toHaveURL(`${root}ru/`);

    await page.goto(`${root}ru/timeline/?type=protest`);
    const items = page.locator('.results .event-item');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('.results .event-item .type-badge:not(.t-protest)').count()).toBe(0);
    await items.first().locator('a').first().click();
    await stayIn(page);
    await expect(page.locator('h1')).toBeVisible();

    await page.goto(`${root}kk/map/`);
    await expect(page.locator('.event-map path.region').first()).toBeAttached();
    await expect(
      page.locator('.event-map .ev-marker, .event-map .marker-cluster, .event-map .area-marker').first(),
    ).toBeVisible();

    await page.goto(`${root}en/search/?q=Zhanaozen`);
    const first = page.locator('.search-results li a').first();
    await expect(first).toBeVisible();
    await first.click();
    await stayIn(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(failures).toEqual([]);
  } finally {
    await context.close();
    child.kill();
  }
});
