/**
 * A photo with GPS tags goes into a (temporary) entry; the built site publishes only a re-encoded
 * copy without any metadata, never the original, and a graphic photo stays folded until asked for.
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
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import exifReader from 'exif-reader';

const root = join(import.meta.dirname, '../..');
const ID = '2022-01-02-fixture-photo';
let tmp: string;
let out: string;
let original: Buffer;
let build: ReturnType<typeof spawnSync>;

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
  build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, QANTAR_CONTENT: content, QANTAR_CACHE_DIR: join(tmp, 'cache') },
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
