/**
 * A photo with GPS tags goes into a (temporary) entry; the built site publishes only a re-encoded
 * copy without any metadata, never the original, and a graphic photo stays folded until asked for.
 * The same build indexes search one page per shard (QANTAR_SEARCH_SHARD_PAGES=1), and its search
 * page, in Chromium, finds what only a merged shard holds, in date order across shards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import exifReader from 'exif-reader';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';

const root = join(import.meta.dirname, '../..');
const ID = '2022-01-02-fixture-photo';
const MDX_ID = '2022-01-03-fixture-mdx';
let tmp: string;
let out: string;
let original: Buffer;
let build: SpawnSyncReturns<string>;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-media-'));
  out = join(tmp, 'dist');
  const content = join(tmp, 'content');
  mkdirSync(join(content, 'events', ID), { recursive: true });
  cpSync(join(root, 'content/places.yaml'), join(content, 'places.yaml'));
  mkdirSync(join(content, 'sources'));
  writeFileSync(
    join(content, 'sources/fixture-source.md'),
    '---\ntitle: Fixture source\npublisher: Fixture publisher\npublished: 2022-01-02\nkind: media\nurl: https://fixture.example/a\nlang: en\n---\n',
  );
  original = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#886644' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'FixtureCam', Model: 'GPS test' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '43/1 14/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '76/1 56/1 4300/100',
      },
    })
    .toBuffer();
  writeFileSync(join(content, 'events', ID, 'square.jpg'), original);
  writeFileSync(join(content, 'events', ID, 'injury.jpg'), original);
  const sha = createHash('sha256').update(original).digest('hex');
  const wide = await sharp({ create: { width: 2400, height: 300, channels: 3, background: '#446688' } })
    .png()
    .toBuffer();
  writeFileSync(join(content, 'events', ID, 'wide.png'), wide);
  writeFileSync(
    join(content, 'events', ID, 'index.md'),
    `---
title: Fixture entry with photos
summary: An entry used to test how photos are published.
lang: en
type: protest
start: 2022-01-02
timePrecision: day
place: zhanaozen
sources:
  - id: fixture-source
verification: reported
media:
  - file: square.jpg
    sha256: "${sha}"
    alt: A grey-brown test image
  - file: injury.jpg
    sha256: "${sha}"
    alt: A test image marked graphic
    graphic: true
  - file: wide.png
    sha256: "${createHash('sha256').update(wide).digest('hex')}"
    alt: A wide test image
---
Text of the fixture entry.
`,
  );
  // an entry written in MDX that quotes its source, links the entry above and places its own photo
  const mdxPhoto = await sharp({ create: { width: 400, height: 250, channels: 3, background: '#557755' } })
    .png()
    .toBuffer();
  mkdirSync(join(content, 'events', MDX_ID));
  writeFileSync(join(content, 'events', MDX_ID, 'crowd.png'), mdxPhoto);
  writeFileSync(
    join(content, 'events', MDX_ID, 'index.mdx'),
    `---
title: Fixture entry in MDX
summary: An entry used to test the entry components.
lang: en
type: statement
start: 2022-01-03
timePrecision: day
place: zhanaozen
sources:
  - id: fixture-source
verification: reported
media:
  - file: crowd.png
    sha256: "${createHash('sha256').update(mdxPhoto).digest('hex')}"
    alt: A green test image
    caption: The caption of the fixture photo.
    credit: Fixture credit
---
The statement followed <Ref to="${ID}">the fixture entry</Ref> and <Ref to="${ID}" />.

<Quote source="fixture-source" locator="para. 2">
The fixture's quoted words.
</Quote>

<Figure media="crowd.png" />
`,
  );
  writeFileSync(
    join(content, 'events', MDX_ID, 'ru.mdx'),
    `---
title: Фикстура в MDX
summary: Запись для проверки компонентов.
translatedFrom: en
reviewed: false
---
Заявление последовало за <Ref to="${ID}">записью-фикстурой</Ref>.

<Quote source="fixture-source">The fixture's quoted words.</Quote>

<Figure media="crowd.png" />
`,
  );
  // `npm run build`: the search index and the offline copy run after Astro's process has exited
  build = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      QANTAR_CONTENT: content,
      QANTAR_CACHE_DIR: join(tmp, 'cache'),
      QANTAR_SEARCH_SHARD_PAGES: '1',
    },
    timeout: 240_000,
  });
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('published photos', () => {
  it('the fixture photo really carries GPS tags', async () => {
    const { exif } = await sharp(original).metadata();
    const tags = exifReader(exif!) as { GPSInfo?: Record<string, unknown>; Image?: Record<string, unknown> };
    expect(tags.GPSInfo?.GPSLatitude).toBeDefined();
    expect(tags.Image?.Make).toBe('FixtureCam');
  });

  it('builds', () => {
    expect(`${build.stderr}${build.stdout}`).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
    // Astro's process hands the step over and ends before it starts
    // (a terminal that asks for colour gets Astro's labels wrapped in escape codes)
    const output = stripVTControlCharacters(build.stdout);
    const handedOver = output.indexOf('search index and offline copy: next, once this process has exited');
    const complete = output.indexOf('[build] Complete!');
    const done = output.indexOf('[qantar-build] search index and offline copy done in');
    expect(handedOver).toBeGreaterThan(-1);
    expect(complete).toBeGreaterThan(handedOver);
    expect(done).toBeGreaterThan(complete);
  });

  it('publishes a re-encoded copy with no EXIF or GPS metadata', async () => {
    const html = readFileSync(join(out, 'en/events', ID, 'index.html'), 'utf8');
    // (both fixture photos have the same bytes, so the build publishes one WebP for the two)
    const src = /<img src="(\/_astro\/[\w.-]+\.webp)" alt="A grey-brown test image"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const file = join(out, src!);
    expect(existsSync(file)).toBe(true);
    const meta = await sharp(readFileSync(file)).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect(readFileSync(file).includes('FixtureCam')).toBe(false);
  });

  it('narrows a wide photo to 1,600 pixels, and says so in the page', async () => {
    const html = readFileSync(join(out, 'en/events', ID, 'index.html'), 'utf8');
    const match = /<img src="(\/_astro\/[\w.-]+\.webp)" alt="A wide test image" width="(\d+)" height="(\d+)"/.exec(
      html,
    );
    expect(match?.slice(2)).toEqual(['1600', '200']);
    const meta = await sharp(readFileSync(join(out, match![1]!))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1600, 200]);
  });

  it('never copies the original file to the output', () => {
    for (const f of walk(out)) {
      expect(/\.(jpe?g|png)$/.test(f) && f.includes('wide')).toBe(false);
      expect(f.endsWith('.jpg')).toBe(false);
      expect(readFileSync(f).includes(original.subarray(0, 200))).toBe(false);
    }
  });

  it('folds a graphic photo behind a notice, and shows the other one', () => {
    const html = readFileSync(join(out, 'en/events', ID, 'index.html'), 'utf8');
    expect(html).toMatch(
      /<details class="graphic"[^>]*>\s*<summary>[^<]+<\/summary>\s*<figure[^>]*>\s*<img src="\/_astro\/[\w.-]+\.webp" alt="A test image marked graphic"/,
    );
    expect(html).not.toMatch(/<details[^>]*\sopen/);
    expect(html).toMatch(/<img src="\/_astro\/[\w.-]+\.webp" alt="A grey-brown test image" width="320" height="200"/);
  });
});

describe('an entry written in MDX', () => {
  const page = (lang: string) => readFileSync(join(out, lang, 'events', MDX_ID, 'index.html'), 'utf8');
  const narrative = (html: string) => html.slice(html.indexOf('id="narrative"'), html.indexOf('id="sources"'));

  it('renders the quote linked to its item in the source list, in kk, ru and en', () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const html = page(lang);
      expect(narrative(html)).toMatch(
        /<figure class="entry-quote"><blockquote( lang="en")?>(<p>)?The fixture[’']s quoted words\.(<\/p>)?<\/blockquote><figcaption>[^<]+<a href="#source-fixture-source"( lang="en")?>Fixture source<\/a>/,
      );
      expect(html).toContain('<li id="source-fixture-source">');
    }
    expect(page('en')).toContain('(Fixture publisher, para. 2)');
  });

  it('links other entries, with their title when the link has no words', () => {
    expect(narrative(page('en'))).toContain(`<a class="entry-ref" href="/en/events/${ID}/">the fixture entry</a>`);
    expect(narrative(page('en'))).toContain(
      `<a class="entry-ref" href="/en/events/${ID}/"><span>Fixture entry with photos</span></a>`,
    );
    expect(narrative(page('ru'))).toContain(`<a class="entry-ref" href="/ru/events/${ID}/">записью-фикстурой</a>`);
  });

  it('places its photo in the text with the caption and credit of the media record, and not again below', () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const html = page(lang);
      expect(narrative(html)).toMatch(
        /<figure class="media"[^>]*>\s*<img src="\/_astro\/[\w.-]+\.webp" alt="A green test image"[^>]*>\s*<figcaption>\s*The caption of the fixture photo\.\s*<span class="muted">© Fixture credit<\/span>/,
      );
      expect(html).not.toContain('id="media"');
    }
  });

  it('publishes the body as Markdown text in events.json, and the entry in the feed', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8')) as {
      events: { id: string; texts: Record<string, { body: string | null }> }[];
    };
    const texts = data.events.find((e) => e.id === MDX_ID)!.texts;
    expect(texts.en!.body).toBe(
      "The statement followed the fixture entry and Fixture entry with photos.\n\n> The fixture's quoted words.",
    );
    expect(texts.ru!.body).toBe("Заявление последовало за записью-фикстурой.\n\n> The fixture's quoted words.");
    expect(readFileSync(join(out, 'en/feed.xml'), 'utf8')).toContain(`/en/events/${MDX_ID}/`);
  });
});

describe('a search index in shards', () => {
  it('indexes each language in two runs, the second a bundle of its own listed in shards.json', () => {
    expect(stripVTControlCharacters(build.stdout)).toContain('pagefind: 6 pages read in');
    expect(stripVTControlCharacters(build.stdout)).toContain('(shards: en 2, kk 2, ru 2)');
    const pagefind = join(out, 'pagefind');
    expect(JSON.parse(readFileSync(join(pagefind, 'shards.json'), 'utf8'))).toEqual({
      kk: ['kk-1/'],
      ru: ['ru-1/'],
      en: ['en-1/'],
    });
    const shard = readdirSync(join(pagefind, 'en-1')).sort();
    expect(shard).toContain('pagefind-entry.json');
    expect(shard.some((f) => /^pagefind\.en_\w+\.pf_meta$/.test(f))).toBe(true);
    // the first bundle's engine searches the shard: the shard's own copies are left out
    expect(shard.filter((f) => /\.(js|css)$|^wasm\./.test(f))).toEqual([]);
    const entry = (dir: string) =>
      JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, object> };
    expect(Object.keys(entry(pagefind).languages)).toEqual(['en', 'kk', 'ru']);
    expect(Object.keys(entry(join(pagefind, 'en-1')).languages)).toEqual(['en']);
    // the service worker may store a shard with its language, as the first bundle's files
    const manifest = readdirSync(out).find((f) => /^offline-manifest\.\w+\.json$/.test(f))!;
    const entries = (JSON.parse(readFileSync(join(out, manifest), 'utf8')) as { entries: string[][] }).entries;
    const listed = (url: string) => entries.find(([u]) => u === url)?.slice(3);
    expect(listed('pagefind/shards.json')).toEqual([0, '']);
    expect(listed('pagefind/en-1/pagefind-entry.json')).toEqual([1, 'en']);
    expect(entries.filter(([u]) => u!.startsWith('pagefind/ru-1/fragment/')).map((e) => e.slice(3))).toEqual([
      [3, 'ru'],
    ]);
  });

  it('finds in the browser what only the second shard holds, and sorts across shards by date', async () => {
    const server = startServer(out, 0);
    await new Promise<void>((ok) => server.once('listening', ok));
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const found = async (query: string) => {
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/en/search/?${query}`);
        await page.locator('site-search[data-count]:not([aria-busy])').waitFor({ state: 'attached' });
        return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      };
      // "statement" is in the MDX entry only, which the date order puts in the second shard
      expect(await found('q=statement')).toEqual([`/en/events/${MDX_ID}/`]);
      expect(await found('q=fixture&sort=asc')).toEqual([`/en/events/${ID}/`, `/en/events/${MDX_ID}/`]);
      expect(await found('q=fixture&sort=desc')).toEqual([`/en/events/${MDX_ID}/`, `/en/events/${ID}/`]);
    } finally {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    }
  });
});
