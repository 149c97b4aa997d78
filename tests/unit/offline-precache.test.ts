import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  langChoices,
  langOf,
  planPrecache,
  precacheEntries,
  siteVersion,
  tierOf,
  TIER,
  urlOf,
  type SiteFile,
} from '../../src/lib/offline/precache.ts';
import { selectPrecache, type PrecacheEntry } from '../../src/lib/offline/select.ts';

const LANGS = ['kk', 'ru', 'en'] as const;
const opts = {
  langs: LANGS,
  budget: 1_000_000,
  pagefindWasm: { unknown: ['kk'], ru: ['ru'], en: ['en'] },
  referencedPagefindUi: new Set(['pagefind-component-ui.js']),
};
const file = (path: string, size = 1000, hash = createHash('sha256').update(path).digest('hex')): SiteFile => ({
  path,
  size,
  hash,
});

describe('what the service worker may store, and in which order', () => {
  it('requests directory pages by their folder, the root as ./', () => {
    expect(urlOf('index.html')).toBe('./');
    expect(urlOf('kk/timeline/index.html')).toBe('kk/timeline/');
    expect(urlOf('_astro/a.css')).toBe('_astro/a.css');
  });

  it('puts the shell first: styles, scripts, fonts, the search engine, the root and offline pages', () => {
    for (const p of [
      '_astro/app.js',
      '_astro/app.css',
      '_astro/noto.woff2',
      'favicon.svg',
      'index.html',
      'offline/index.html',
      '404.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-component-ui.js',
    ])
      expect(tierOf(p, opts), p).toBe(TIER.shell);
  });

  it('orders each language: section pages, then what the timeline, map and search load, then excerpts, events, other pages', () => {
    expect(tierOf('kk/index.html', opts)).toBe(TIER.section);
    expect(tierOf('kk/map/index.html', opts)).toBe(TIER.section);
    expect(tierOf('pagefind/pagefind.kk_1a2b.pf_meta', opts)).toBe(TIER.section);
    expect(tierOf('pagefind/wasm.unknown.pagefind', opts)).toBe(TIER.section);
    expect(tierOf('data/explore/kk/0.json', opts)).toBe(TIER.browse);
    expect(tierOf('data/basemap.json', opts)).toBe(TIER.browse);
    expect(tierOf('pagefind/index/kk_9f.pf_index', opts)).toBe(TIER.browse);
    expect(tierOf('pagefind/fragment/kk_9f.pf_fragment', opts)).toBe(TIER.fragments);
    expect(tierOf('kk/events/2022-01-05-x/index.html', opts)).toBe(TIER.events);
    expect(tierOf('media/2022-01-05-x/photo.webp', opts)).toBe(TIER.events);
    expect(tierOf('kk/days/2022-01-05/index.html', opts)).toBe(TIER.pages);
    expect(tierOf('kk/timeline/2/index.html', opts)).toBe(TIER.pages);
    expect(tierOf('data/events.csv', opts)).toBe(TIER.extras);
    expect(tierOf('data/schema/event.json', opts)).toBe(TIER.extras);
    expect(tierOf('kk/feed.xml', opts)).toBe(TIER.extras);
  });

  it('never stores the worker, the downloads, frames for other sites, host files, source maps, woff or unused Pagefind UIs', () => {
    for (const p of [
      'sw.js',
      'offline-manifest.abc123.json',
      'download/qantar-chronicle.zip',
      'embed/kk/timeline/index.html',
      '_headers',
      'robots.txt',
      '_astro/a.js.map',
      '_astro/noto.woff',
      '.DS_Store',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-modular-ui.css',
    ])
      expect(tierOf(p, opts), p).toBeNull();
  });

  it('knows the language of pages, data chunks and Pagefind files, and which wasm serves which language', () => {
    expect(langOf('ru/events/x/index.html', opts)).toBe('ru');
    expect(langOf('data/explore/en/3.json', opts)).toBe('en');
    expect(langOf('pagefind/fragment/kk_1.pf_fragment', opts)).toBe('kk');
    expect(langOf('pagefind/pagefind.ru_77.pf_meta', opts)).toBe('ru');
    expect(langOf('pagefind/wasm.unknown.pagefind', opts)).toBe('kk');
    expect(langOf('pagefind/wasm.en.pagefind', opts)).toBe('en');
    expect(langOf('_astro/app.js', opts)).toBe('');
    expect(langOf('data/basemap.json', opts)).toBe('');
  });

  it("treats each shard of a search index (pagefind/<lang>-<n>/) as its language's part of the index", () => {
    expect(tierOf('pagefind/shards.json', opts)).toBe(TIER.shell);
    expect(langOf('pagefind/shards.json', opts)).toBe('');
    const shard: [string, number, string][] = [
      ['pagefind/en-1/pagefind.en_1a2b.pf_meta', TIER.section, 'en'],
      ['pagefind/en-1/pagefind-entry.json', TIER.section, 'en'],
      ['pagefind/en-1/wasm.en.pagefind', TIER.section, 'en'],
      ['pagefind/kk-2/wasm.unknown.pagefind', TIER.section, 'kk'],
      ['pagefind/ru-12/index/ru_9f.pf_index', TIER.browse, 'ru'],
      ['pagefind/ru-1/filter/ru_3c.pf_filter', TIER.browse, 'ru'],
      ['pagefind/kk-1/fragment/kk_9f.pf_fragment', TIER.fragments, 'kk'],
    ];
    for (const [path, tier, lang] of shard) {
      expect(tierOf(path, opts), path).toBe(tier);
      expect(langOf(path, opts), path).toBe(lang);
    }
    // the first bundle's engine searches the shards: copies of it in a shard are never fetched
    for (const p of [
      'pagefind/en-1/pagefind.js',
      'pagefind/en-1/pagefind-worker.js',
      'pagefind/en-1/pagefind-component-ui.js',
    ])
      expect(tierOf(p, opts), p).toBeNull();
    // a reader saving one language stores its shards, not another language's
    const plan = planPrecache(
      ['pagefind/shards.json', ...shard.map(([p]) => p)].map((p) => file(p)),
      { ...opts, budget: 10_000_000 },
    );
    const kkOnly = selectPrecache(
      plan.manifest.entries.map(([url, size, hash, tier, lang]) => ({ url, size, hash, tier, lang })),
      10_000_000,
      ['kk'],
    ).map((e) => e.url);
    expect(kkOnly).toEqual([
      'pagefind/shards.json',
      'pagefind/kk-2/wasm.unknown.pagefind',
      'pagefind/kk-1/fragment/kk_9f.pf_fragment',
    ]);
  });

  it('lists entries by tier then path, with short hashes', () => {
    const entries = precacheEntries(
      [file('kk/events/a/index.html'), file('_astro/b.js'), file('kk/index.html'), file('sw.js')],
      opts,
    );
    expect(entries.map((e) => e.url)).toEqual(['_astro/b.js', 'kk/', 'kk/events/a/']);
    expect(entries[0]!.hash).toHaveLength(16);
  });
});

describe('selectPrecache: the languages asked for, within the budget', () => {
  const e = (url: string, tier: number, lang: string, size = 10): PrecacheEntry => ({
    url,
    size,
    hash: url,
    tier,
    lang,
  });
  const entries = [
    e('app.js', 0, '', 50),
    e('kk/', 1, 'kk'),
    e('ru/', 1, 'ru'),
    e('kk/events/a/', 4, 'kk'),
    e('ru/events/a/', 4, 'ru'),
    e('kk/events/big/', 4, 'kk', 100),
    e('kk/days/1/', 5, 'kk'),
  ];
  const urls = (list: PrecacheEntry[]) => list.map((x) => x.url);

  it('stores every language when none is named and all fits', () => {
    expect(urls(selectPrecache(entries, 10_000, []))).toHaveLength(entries.length);
  });

  it('stores what every language shares and the chosen languages, nothing of the others', () => {
    expect(urls(selectPrecache(entries, 10_000, ['kk']))).toEqual([
      'app.js',
      'kk/',
      'kk/events/a/',
      'kk/events/big/',
      'kk/days/1/',
    ]);
    expect(urls(selectPrecache(entries, 10_000, ['ru', 'kk']))).toHaveLength(entries.length);
  });

  it('always stores the shell, even beyond the budget', () => {
    expect(urls(selectPrecache(entries, 0, ['kk']))).toEqual(['app.js']);
  });

  it('orders tier by tier within the budget', () => {
    expect(urls(selectPrecache(entries, 20, ['kk', 'ru']))).toEqual(['app.js', 'kk/', 'ru/']);
    expect(urls(selectPrecache(entries, 20, ['ru']))).toEqual(['app.js', 'ru/', 'ru/events/a/']);
  });

  it('skips what does not fit and goes on with smaller files', () => {
    const chosen = selectPrecache(entries, 40, ['kk']);
    expect(urls(chosen)).not.toContain('kk/events/big/');
    expect(urls(chosen)).toContain('kk/days/1/');
    expect(chosen.filter((x) => x.tier > 0).reduce((n, x) => n + x.size, 0)).toBeLessThanOrEqual(40);
  });

  it('orders by tier alone when every language is asked for', () => {
    expect(urls(selectPrecache(entries, 30, []))).toEqual(['app.js', 'kk/', 'ru/', 'kk/events/a/']);
  });

  it('lists every choice of languages a reader can make', () => {
    expect(langChoices(['kk', 'ru', 'en']).map((c) => c.join(','))).toEqual([
      'kk',
      'ru',
      'en',
      'kk,ru',
      'kk,en',
      'ru,en',
      'kk,ru,en',
    ]);
  });
});

describe('the plan and its version', () => {
  const site = [
    file('index.html', 2000),
    file('_astro/app.js', 5000),
    ...LANGS.flatMap((l) => [
      file(`${l}/index.html`, 3000),
      ...Array.from({ length: 20 }, (_, i) => file(`${l}/events/e${i}/index.html`, 4000)),
    ]),
    file('download/qantar-chronicle.zip', 999_999),
  ];

  it('stores everything when the whole site fits, and says so', () => {
    const plan = planPrecache(site, { ...opts, budget: 10_000_000 });
    expect(plan.complete).toBe(true);
    expect(plan.manifest.entries).toHaveLength(site.length - 1);
    expect(plan.candidates.bytes).toBe(2000 + 5000 + 3 * (3000 + 20 * 4000));
  });

  it('gives the size of each choice of languages, and each stays within the budget', () => {
    const plan = planPrecache(site, { ...opts, budget: 10_000_000 });
    expect(plan.perReader.kk!.bytes).toBe(2000 + 5000 + 3000 + 20 * 4000);
    expect(plan.perReader['kk,ru']!.bytes).toBe(2000 + 5000 + 2 * (3000 + 20 * 4000));
    expect(plan.perReader['kk,ru,en']).toEqual(plan.perReader['']);
  });

  it('over budget, lists only what some choice stores, and each stays within it', () => {
    const budget = 50_000;
    const plan = planPrecache(site, { ...opts, budget });
    expect(plan.complete).toBe(false);
    const shell = 7000;
    for (const l of LANGS) expect(plan.perReader[l]!.bytes).toBeLessThanOrEqual(budget + shell);
    const listed = new Set(plan.manifest.entries.map(([url]) => url));
    expect(listed.has('kk/events/e0/')).toBe(true);
    expect(listed.has('kk/events/e9/')).toBe(false);
    // The worker, knowing the reader, picks the same as the build did for that reader.
    const fromManifest = plan.manifest.entries.map(([url, size, hash, tier, lang]) => ({
      url,
      size,
      hash,
      tier,
      lang,
    }));
    expect(selectPrecache(fromManifest, budget, ['ru']).length).toBe(plan.perReader.ru!.count);
  });

  it('gives the same version for the same files in any order, another when one file changes', () => {
    const v = siteVersion(site);
    expect(siteVersion([...site].reverse())).toBe(v);
    expect(
      siteVersion(site.map((f) => (f.path === 'kk/events/e3/index.html' ? { ...f, hash: 'changed' } : f))),
    ).not.toBe(v);
    // …but not when only the worker or the download changes: they are made from the rest.
    expect(siteVersion([...site, file('sw.js')])).toBe(v);
    expect(siteVersion(site.map((f) => (f.path.startsWith('download/') ? { ...f, hash: 'other' } : f)))).toBe(v);
  });
});
