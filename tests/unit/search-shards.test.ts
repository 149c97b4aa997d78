import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { planShards, shardOrder, shardPagesFrom, SHARD_PAGES, SHARD_PAGES_VAR } from '../../src/lib/search/shards.ts';
import { indexablePages, indexLine, indexSite, sortValue } from '../../src/integrations/pagefind.ts';

describe('the shard limit from the environment', () => {
  it('is 12,000 pages unless set, and a whole number of pages above zero when set', () => {
    expect(SHARD_PAGES).toBe(12_000);
    expect(shardPagesFrom(undefined)).toBe(12_000);
    expect(shardPagesFrom('')).toBe(12_000);
    expect(shardPagesFrom('4000')).toBe(4000);
    expect(shardPagesFrom(' 25 ')).toBe(25);
  });

  it('refuses anything else, naming the variable and what it found', () => {
    for (const bad of ['0', '-5', '1.5', '1e3', 'abc', '12 000', '99999999999999999999'])
      expect(() => shardPagesFrom(bad), bad).toThrow(
        new RegExp(`^${SHARD_PAGES_VAR}="${bad.replace('.', '\\.')}": expected a whole number of pages above zero`),
      );
  });
});

describe('which pages go to which shard', () => {
  const page = (path: string, date?: string) => ({ path, date });

  it('keeps a language that fits in one shard, in path order', () => {
    expect(planShards([page('en/events/b/index.html', '1'), page('en/events/a/index.html', '2')], 2)).toEqual([
      ['en/events/a/index.html', 'en/events/b/index.html'],
    ]);
  });

  it('splits a larger one into even shards of at most the limit, by date, then path, undated pages last', () => {
    const pages = [
      page('en/stories/s/index.html', '2022-01-02'),
      page('en/events/e3/index.html', '2022-01-05T10:00:00Z'),
      page('en/events/e1/index.html', '2022-01-04T18:00:00Z'),
      page('en/people/p/index.html'),
      page('en/events/e2/index.html', '2022-01-05T10:00:00Z'),
      page('en/events/e0/index.html', '2022-01-02'),
      page('en/events/e4/index.html', '2022-01-06'),
    ];
    expect(planShards(pages, 3)).toEqual([
      ['en/events/e0/index.html', 'en/stories/s/index.html'],
      ['en/events/e1/index.html', 'en/events/e2/index.html', 'en/events/e3/index.html'],
      ['en/events/e4/index.html', 'en/people/p/index.html'],
    ]);
    const sizes = (n: number, limit: number) =>
      planShards(
        Array.from({ length: n }, (_, i) => page(`p${i}`, String(i))),
        limit,
      ).map((s) => s.length);
    expect(sizes(10_001, 4000)).toEqual([3334, 3333, 3334]);
    expect(sizes(24_001, 12_000)).toEqual([8000, 8001, 8000]);
    expect(sizes(12_000, 12_000)).toEqual([12_000]);
  });

  it('reads the date sort value as Pagefind does, and searches sorted shards in date order', () => {
    const value = (html: string) => sortValue(Buffer.from(html));
    expect(value('<html lang="kk"><h1>Қаңтар</h1><article data-pagefind-sort="date:2022-01-05T06:10:00Z">')).toBe(
      '2022-01-05T06:10:00Z',
    );
    expect(value('<article data-pagefind-body>')).toBeUndefined();
    expect(value('<article data-pagefind-sort="date:2022')).toBeUndefined();
    expect(shardOrder(2, 'asc')).toEqual([0, 1, 2]);
    expect(shardOrder(2, 'desc')).toEqual([2, 1, 0]);
  });
});

describe('indexing a small site in shards', () => {
  let dist: string;
  const html = (lang: string, title: string, date?: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>menu</nav>` +
    `<article data-pagefind-body${date ? ` data-pagefind-sort="date:${date}"` : ''}><h1>${title}</h1><p>${title} text</p></article></body></html>`;
  const write = (path: string, content: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), content);
  };
  /** The URLs in a bundle's fragments. */
  const urls = (dir: string) =>
    readdirSync(join(dir, 'fragment'))
      .map((f) => {
        const text = gunzipSync(readFileSync(join(dir, 'fragment', f))).toString('utf8');
        return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
      })
      .sort();

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'qantar-shards-'));
    for (let i = 1; i <= 5; i++) write(`en/events/e${i}/index.html`, html('en', `Event ${i}`, `2022-01-0${6 - i}`));
    write('en/stories/s/index.html', html('en', 'Story', '2022-01-03T12:00:00Z'));
    write('en/days/d/index.html', html('en', 'Day page'));
    write('en/events/no-page/notes.txt', 'not a page');
    write('ru/events/r1/index.html', html('ru', 'Событие', '2022-01-05'));
    write('pagefind/en-9/left-over.txt', 'from an earlier run');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('lists the pages the glob names, sorted', () => {
    expect(indexablePages(dist, 'en')).toEqual([
      'en/events/e1/index.html',
      'en/events/e2/index.html',
      'en/events/e3/index.html',
      'en/events/e4/index.html',
      'en/events/e5/index.html',
      'en/stories/s/index.html',
    ]);
    expect(indexablePages(dist, 'kk')).toEqual([]);
  });

  it('writes the first shard to pagefind/, the others beside it, and lists them in shards.json', async () => {
    const report = await indexSite(dist, 2);
    expect(report.pages).toBe(7);
    expect(report.shards).toEqual({ en: 3, kk: 1, ru: 1 });
    expect(indexLine(report)).toMatch(/^pagefind: 7 pages read in \d+ ms \(shards: en 3\)$/);
    const pagefind = join(dist, 'pagefind');
    expect(JSON.parse(readFileSync(join(pagefind, 'shards.json'), 'utf8'))).toEqual({
      kk: [],
      ru: [],
      en: ['en-1/', 'en-2/'],
    });
    // by date: e5 (Jan 1) and e4 (Jan 2); the story (Jan 3) and e3; e2 and e1
    expect(urls(pagefind).filter((u) => u.startsWith('/en/'))).toEqual(['/en/events/e4/', '/en/events/e5/']);
    expect(urls(join(pagefind, 'en-1'))).toEqual(['/en/events/e3/', '/en/stories/s/']);
    expect(urls(join(pagefind, 'en-2'))).toEqual(['/en/events/e1/', '/en/events/e2/']);
    expect(urls(pagefind).filter((u) => u.startsWith('/ru/'))).toEqual(['/ru/events/r1/']);
    expect(existsSync(join(pagefind, 'en-9'))).toBe(false);
    expect(existsSync(join(pagefind, 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(pagefind, 'en-1')).filter((f) => f.endsWith('.js'))).toEqual([]);
  });

  it('takes the limit from QANTAR_SEARCH_SHARD_PAGES, and fails on a wrong one', async () => {
    const before = process.env[SHARD_PAGES_VAR];
    try {
      process.env[SHARD_PAGES_VAR] = '6';
      expect((await indexSite(dist)).shards).toEqual({ en: 1, kk: 1, ru: 1 });
      expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ kk: [], ru: [], en: [] });
      expect(existsSync(join(dist, 'pagefind/en-1'))).toBe(false);
      process.env[SHARD_PAGES_VAR] = 'many';
      await expect(indexSite(dist)).rejects.toThrow(`${SHARD_PAGES_VAR}="many": expected a whole number`);
    } finally {
      if (before === undefined) delete process.env[SHARD_PAGES_VAR];
      else process.env[SHARD_PAGES_VAR] = before;
    }
  });
});
