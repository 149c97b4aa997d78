/**
 * Releases anyone can verify: the offline copy is reproducible (the same files give the same zip,
 * byte for byte, whatever order they were written in and however often it is packed), SHA256SUMS
 * lists the zip and every export with their true hashes, and content/mirrors.yaml is validated.
 */
import { write } from '../../src/schema/messages.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildOffline, zipDate, type OfflineOptions } from '../../src/integrations/offline.ts';
import { isReleaseFile, parseSha256Sums } from '../../src/lib/offline/release.ts';
import { mirrorsSchema } from '../../src/schema/mirror.ts';
import { loadMirrors } from '../../src/lib/content/mirrors.ts';

const SITE: Record<string, string> = {
  'index.html': '<!doctype html><link rel="icon" href="/favicon.svg"><a href="/kk/">kk</a>',
  'offline/index.html': '<!doctype html><p>offline</p>',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'kk/index.html': '<!doctype html><a href="/kk/events/a/">a</a><link rel="stylesheet" href="/_astro/a.css">',
  'kk/events/a/index.html': '<!doctype html><h1>Оқиға</h1>',
  'kk/feed.xml': '<feed xmlns="http://www.w3.org/2005/Atom"/>',
  '_astro/a.css': 'body{background:url(/_astro/b.png)}',
  'data/events.json': '{"events":[]}',
  'data/events.csv': 'id\n',
  'data/explore/kk/0.json': '[]',
  'data/schema/event.json': '{}',
};

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'qantar-release-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, order: 'forward' | 'reverse'): string {
  const dist = join(root, name);
  const paths = Object.keys(SITE);
  for (const path of order === 'forward' ? paths : paths.reverse()) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), SITE[path]!);
  }
  return dist;
}

const options: OfflineOptions = {
  base: '/',
  site: 'https://qantar.example.org',
  budget: 1e9,
  mtime: zipDate('1641340800'),
  mirrors: [{ url: 'https://mirror.example.net/qantar/', operator: 'Example Centre' }],
};

describe('the release', () => {
  it('packs the same files into the same zip, byte for byte: written in another order, and packed again', async () => {
    const a = site('a', 'forward');
    const b = site('b', 'reverse');
    const first = await buildOffline(a, options);
    const zipA = readFileSync(first.zip.path);
    const again = await buildOffline(a, options);
    const other = await buildOffline(b, options);
    expect(again.zip.sha256).toBe(first.zip.sha256);
    expect(other.zip.sha256).toBe(first.zip.sha256);
    expect(readFileSync(other.zip.path).equals(zipA)).toBe(true);
    expect(sha(zipA)).toBe(first.zip.sha256);
    // …and another date gives another zip: the date is the only thing that varies it.
    const later = await buildOffline(b, { ...options, mtime: zipDate('1700000000') });
    expect(later.zip.sha256).not.toBe(first.zip.sha256);
  });

  it('gives the same zip from its cache of compressed entries, recompressing only the file that changed', async () => {
    const cacheDir = join(root, 'cache');
    const plain = await buildOffline(site('plain', 'forward'), options);
    const dist = site('cached', 'forward');
    const first = await buildOffline(dist, { ...options, cacheDir });
    expect(first.reused).toBe(0);
    const again = await buildOffline(dist, { ...options, cacheDir });
    expect(again.zip.sha256).toBe(plain.zip.sha256);
    expect(first.zip.sha256).toBe(plain.zip.sha256);
    expect(again.reused).toBe(first.zip.files - 4); // all but the README, offline.json, the manifest and sw.js
    writeFileSync(join(dist, 'kk/events/a/index.html'), '<!doctype html><h1>Оқиға (түзетілді)</h1>');
    const changed = await buildOffline(dist, { ...options, cacheDir });
    expect(changed.reused).toBe(again.reused - 1);
    const unzipped = unzipSync(readFileSync(changed.zip.path));
    expect(strFromU8(unzipped['qantar-chronicle/kk/events/a/index.html']!)).toContain('түзетілді');
  });

  it('lists the zip and every export in SHA256SUMS with their true hashes, and nothing else', async () => {
    const dist = site('sums', 'forward');
    const report = await buildOffline(dist, options);
    const sums = parseSha256Sums(readFileSync(join(dist, 'download/SHA256SUMS'), 'utf8'));
    expect([...sums.keys()]).toEqual([
      'data/events.csv',
      'data/events.json',
      'data/schema/event.json',
      'download/qantar-chronicle.zip',
      'kk/feed.xml',
    ]);
    for (const [path, hash] of sums) expect(sha(readFileSync(join(dist, path))), path).toBe(hash);
    expect(sums.get('download/qantar-chronicle.zip')).toBe(report.zip.sha256);
    expect(readFileSync(join(dist, 'download/qantar-chronicle.zip.sha256'), 'utf8')).toBe(
      `${report.zip.sha256}  qantar-chronicle.zip\n`,
    );
  });

  it('puts the mirrors, how to host one and where to check the copy in the README of the zip', async () => {
    const dist = site('readme', 'forward');
    const report = await buildOffline(dist, options);
    const readme = strFromU8(unzipSync(readFileSync(report.zip.path))['qantar-chronicle/README.txt']!);
    expect(readme).toContain('https://mirror.example.net/qantar/ (run by Example Centre)');
    expect(readme).toContain('https://qantar.example.org/download/');
    expect(readme).toContain('under any sub-path');
    expect(readme).toContain('Айналар');
    // A build without a public address names none rather than a local one.
    const local = await buildOffline(dist, { ...options, site: 'http://localhost:4321' });
    expect(strFromU8(unzipSync(readFileSync(local.zip.path))['qantar-chronicle/README.txt']!)).not.toContain(
      'localhost:4321',
    );
  });

  it('knows which built files are downloads', () => {
    for (const p of [
      'data/events.json',
      'data/events.geojson',
      'data/sources.json',
      'data/timelinejs.json',
      'data/ru/timelinejs.json',
      'en/feed.xml',
      'data/schema/source.json',
    ])
      expect(isReleaseFile(p), p).toBe(true);
    for (const p of [
      'data/explore/kk/0.json',
      'data/basemap.json',
      'kk/index.html',
      'sw.js',
      'download/qantar-chronicle.zip',
    ])
      expect(isReleaseFile(p), p).toBe(false);
  });

  it('dates the zip by SOURCE_DATE_EPOCH, never by the clock, and refuses a date zip cannot hold', () => {
    expect(zipDate('1641340800').toISOString()).toBe('2022-01-05T00:00:00.000Z');
    expect(zipDate(undefined).getTime()).toBe(zipDate(undefined).getTime());
    expect(() => zipDate('yesterday')).toThrow(/SOURCE_DATE_EPOCH=yesterday/);
    expect(() => zipDate('0')).toThrow(/1980/);
  });
});

describe('content/mirrors.yaml', () => {
  const ok = (url: string) => mirrorsSchema.safeParse([{ url, operator: 'A' }]).success;

  it('accepts https, v3 onion and IPFS/IPNS addresses', () => {
    expect(ok('https://mirror.example.org/qantar/')).toBe(true);
    expect(ok(`http://${'a'.repeat(56)}.onion/`)).toBe(true);
    expect(ok('ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/')).toBe(true);
    expect(ok('ipns://qantar.example.org')).toBe(true);
  });

  it('refuses plain http, a short onion name, credentials in the address and a missing operator', () => {
    expect(ok('http://mirror.example.org/')).toBe(false);
    expect(ok('http://abc.onion/')).toBe(false);
    expect(ok('https://user:pass@mirror.example.org/')).toBe(false);
    expect(mirrorsSchema.safeParse([{ url: 'https://m.example.org/' }]).success).toBe(false);
    expect(mirrorsSchema.safeParse([{ url: 'https://m.example.org/', operator: 'A', email: 'x@y.z' }]).success).toBe(
      false,
    );
  });

  it('names the file, the line and the field of a bad entry, and the fix', () => {
    const dir = mkdtempSync(join(root, 'm-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(
      join(dir, 'content/mirrors.yaml'),
      '# mirrors\n- url: https://ok.example.org/\n  operator: A\n- url: http://plain.example.org/\n  operator: B\n',
    );
    const { mirrors, problems } = loadMirrors(dir);
    expect(mirrors).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/mirrors.yaml', line: 4, field: '1.url' });
    expect(write(problems[0]!.message)).toMatch(/use https:\/\//);
  });

  it('the repository file is valid', () => {
    expect(loadMirrors(join(import.meta.dirname, '../..')).problems).toEqual([]);
  });
});
