import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { copyFile, inCopy, sha256Line, zipFiles, type CopySource } from '../../src/lib/offline/copy.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function pack(files: CopySource[], mtime = new Date('2022-01-05T10:30:00Z')) {
  const chunks: Uint8Array[] = [];
  const result = await zipFiles(files, (c) => chunks.push(c), { folder: 'qantar-chronicle', mtime });
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  return { zip, ...result };
}

describe('the downloadable copy', () => {
  const font = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
  const files: CopySource[] = [
    { path: 'README.txt', read: () => enc('python3 -m http.server 8000\n') },
    { path: 'kk/index.html', read: () => enc('<a href="/kk/timeline/">Шежіре</a>'.repeat(50)) },
    { path: '_astro/noto.woff2', read: () => font },
  ];

  it('packs every file under one folder, with its exact bytes, and counts them', async () => {
    const { zip, files: count } = await pack(files);
    expect(count).toBe(3);
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual([
      'qantar-chronicle/README.txt',
      'qantar-chronicle/kk/index.html',
      'qantar-chronicle/_astro/noto.woff2',
    ]);
    expect(strFromU8(out['qantar-chronicle/kk/index.html']!)).toBe('<a href="/kk/timeline/">Шежіре</a>'.repeat(50));
    expect(out['qantar-chronicle/_astro/noto.woff2']).toEqual(font);
  });

  it('compresses text and stores what is already compressed', async () => {
    const { zip } = await pack(files);
    const methods: Record<string, number> = {};
    unzipSync(zip, { filter: (f) => ((methods[f.name] = f.compression), true) });
    expect(methods['qantar-chronicle/kk/index.html']).toBe(8);
    expect(methods['qantar-chronicle/_astro/noto.woff2']).toBe(0);
    expect(zip.length).toBeLessThan(font.length + 2000);
  });

  it('returns the sha256 and size of what it wrote, and the same site gives the same zip', async () => {
    const a = await pack(files);
    const b = await pack(files);
    expect(a.bytes).toBe(a.zip.length);
    expect(a.sha256).toBe(createHash('sha256').update(a.zip).digest('hex'));
    expect(b.sha256).toBe(a.sha256);
    const later = await pack(files, new Date('2023-01-05T10:30:00Z'));
    expect(later.sha256).not.toBe(a.sha256);
  });

  it('writes the checksum line that sha256sum -c reads', () => {
    expect(sha256Line('ab'.repeat(32), 'qantar-chronicle.zip')).toBe(`${'ab'.repeat(32)}  qantar-chronicle.zip\n`);
  });

  it('leaves out the downloads, makes links relative in text files and copies the rest byte for byte', () => {
    expect(inCopy('download/qantar-chronicle.zip')).toBe(false);
    expect(inCopy('kk/index.html')).toBe(true);
    expect(strFromU8(copyFile('kk/events/x/index.html', () => enc('<a href="/kk/">x</a>'), '/'))).toBe(
      '<a href="../../../kk/">x</a>',
    );
    expect(strFromU8(copyFile('_astro/a.css', () => enc('a{background:url(/_astro/b.png)}'), '/'))).toBe(
      'a{background:url(../_astro/b.png)}',
    );
    let reads = 0;
    expect(copyFile('_astro/noto.woff2', () => (reads++, font), '/')).toBe(font);
    expect(reads).toBe(1);
  });
});
