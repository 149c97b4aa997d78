/**
 * The open data as a researcher gets it from the built site: every export fetched over HTTP,
 * read with a real parser, and compared with the content and with the pages (the same ids, local
 * dates, coordinates and figure counts); TimelineJS from npm loading the TimelineJS file; the data
 * page listing each file with its true size and every field.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseHtml } from 'node-html-parser';
import { DIST } from './built-site.ts';
import { chronicle, LANGS } from './site.ts';
import { publicLocation } from '../../src/lib/chronicle.ts';
import { FLAT_COLUMNS } from '../../src/lib/exports/flat.ts';
import type { EventsFile } from '../../src/lib/exports/events-json.ts';
import type { SourcesFile } from '../../src/lib/exports/sources-json.ts';
import type { TimelineFile } from '../../src/lib/exports/timelinejs.ts';
import type { Jsonified } from '../../src/lib/exports/json-stream.ts';

const ids = () => chronicle().events.map((e) => e.id);
const page = (path: string) => parseHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));

test('events.json: every published event, valid against the published schema, with the facts of its page', async ({
  request,
}) => {
  const res = await request.get('/data/events.json');
  expect(res.headers()['content-type']).toMatch(/^application\/json/);
  const file = (await res.json()) as EventsFile;
  const schema = await (await request.get('/data/schema/events.json')).json();
  const validate = addFormats(new Ajv2020({ strict: false, allErrors: true })).compile(schema);
  expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(file.events.map((e) => e.id)).toEqual(ids());
  expect(file.count).toBe(ids().length);
  for (const e of file.events) {
    const doc = page(`en/events/${e.id}`);
    // the same instant as the page's <time>, the same point as the page's map, the same figures
    expect(
      doc.querySelector('.event-meta time, header time')?.getAttribute('datetime') ??
        doc.querySelector('time')!.getAttribute('datetime'),
    ).toBe(e.start.utc);
    const points = JSON.parse(doc.querySelector('event-map')?.getAttribute('data-points') ?? '[]') as {
      lat: number;
      lon: number;
      precision: string;
    }[];
    if (points[0]) {
      expect(points[0].lat).toBeCloseTo(e.location.lat, 4);
      expect(points[0].lon).toBeCloseTo(e.location.lon, 4);
      expect(points[0].precision).toBe(e.location.precision);
    }
    expect(doc.querySelectorAll('section[aria-labelledby="figures"] .entry-figures > li').length).toBe(
      e.figures.length,
    );
    expect(e.url.en).toMatch(new RegExp(`/en/events/${e.id}/$`));
  }
});

test('events.csv: UTF-8 with a BOM, one row per event, the same dates, coordinates and figures as the content', async ({
  request,
}) => {
  const res = await request.get('/data/events.csv');
  expect(res.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(body.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(Object.keys(rows[0]!)).toEqual([...FLAT_COLUMNS]);
  expect(rows.map((r) => r.id)).toEqual(ids());
  const c = chronicle();
  for (const [i, e] of c.events.entries()) {
    const r = rows[i]!;
    const loc = publicLocation(e, c.places);
    expect([r.date, r.time, r.utc_offset, r.type, r.verification]).toEqual([
      e.start.day,
      e.start.time ?? '',
      e.start.offset,
      e.data.type,
      e.data.verification,
    ]);
    expect(Number(r.latitude)).toBeCloseTo(loc.lat, 6);
    expect(Number(r.longitude)).toBeCloseTo(loc.lon, 6);
    expect(r.figures ? r.figures.split('; ').length : 0).toBe(e.data.figures.length);
    expect(r.place_kk).toBe(e.place.name.kk);
    if (e.texts.kk) expect(r.title_kk).toBe(e.texts.kk.title);
  }
  // Kazakh letters arrive intact
  expect(rows.map((r) => r.title_kk + r.place_kk).join('')).toMatch(/[әғқңөұүһі]/);
});

test('events.geojson: valid RFC 7946, each event at the point its page shows', async ({ request }) => {
  const text = await (await request.get('/data/events.geojson')).text();
  const fc = checkGeoJson(text) as unknown as {
    features: { id: string; geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
  };
  expect(fc.features.map((f) => f.id)).toEqual(ids());
  const json = (await (await request.get('/data/events.json')).json()) as EventsFile;
  for (const [i, f] of fc.features.entries()) {
    expect(f.geometry.coordinates).toEqual([json.events[i]!.location.lon, json.events[i]!.location.lat]);
    expect(f.properties.date).toBe(json.events[i]!.start.day);
  }
});

test('sources.json: every source, each with its page and the entries that cite it', async ({ request }) => {
  const file = (await (await request.get('/data/sources.json')).json()) as SourcesFile;
  const c = chronicle();
  expect(file.sources.map((s) => s.id).sort()).toEqual([...c.sources.keys()].sort());
  for (const s of file.sources) {
    expect(existsSync(join(DIST, 'en/sources', s.id, 'index.html'))).toBe(true);
    expect(s.citedBy).toEqual(c.events.filter((e) => e.sources.some((x) => x.id === s.id)).map((e) => e.id));
    if (s.kind === 'testimony') expect([s.link, s.author]).toEqual([null, null]);
  }
});

for (const lang of LANGS) {
  test(`the ${lang} Atom feed parses in a real feed parser and lists every entry by its page`, async ({ request }) => {
    const res = await request.get(`/${lang}/feed.xml`);
    expect(res.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(lang);
    // every entry, and every story (content/stories/<id>/)
    const stories = readdirSync(join(import.meta.dirname, '../../content/stories'));
    expect(feed.items).toHaveLength(ids().length + stories.length);
    // without a public address the links are paths: a reader resolves them against the feed's own address
    const paths = feed.items.map((i) => new URL(i.url!, res.url()).pathname);
    expect(paths.sort()).toEqual(
      [...ids().map((id) => `/${lang}/events/${id}/`), ...stories.map((id) => `/${lang}/stories/${id}/`)].sort(),
    );
    const updated = feed.items.map((i) => i.updated!.getTime());
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    // an entry's title is the title of its page in that language
    const first = feed.items[0]!;
    const doc = page(new URL(first.url!, res.url()).pathname.slice(1));
    expect(doc.querySelector('h1')!.text.trim()).toBe(first.title);
  });
}

test('the JSON Schemas of the content contract are published and compile', async ({ request }) => {
  for (const name of ['event', 'translation', 'source', 'place', 'events']) {
    const res = await request.get(`/data/schema/${name}.json`);
    expect(res.ok()).toBe(true);
    const schema = await res.json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => addFormats(new Ajv2020({ strict: false })).compile(schema)).not.toThrow();
  }
});

/** A page of a site that uses TimelineJS, served locally with TimelineJS from npm: no CDN. */
function timelineHost(json: string, language: string): Promise<Server> {
  const tl = join(import.meta.dirname, '../../node_modules/@knight-lab/timelinejs/dist');
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ttf': 'font/ttf',
    '.svg': 'image/svg+xml',
    '.eot': 'application/vnd.ms-fontobject',
  };
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>TimelineJS host</title>
<link rel="stylesheet" href="/tl/css/timeline.css"></head><body>
<div id="timeline-embed" style="width: 900px; height: 600px"></div>
<script src="/tl/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('timeline-embed', location.origin + '/timelinejs.json',
  { script_path: location.origin + '/tl/js/', language: '${language}', hash_bookmark: false, font: null });</script>
</body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    if (path === '/timelinejs.json')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(DIST, json)));
    const file = normalize(join(tl, path.replace(/^\/tl\//, '')));
    if (path.startsWith('/tl/') && file.startsWith(tl) && existsSync(file))
      return void res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

for (const [json, language] of [
  ['data/timelinejs.json', 'en'],
  ['data/ru/timelinejs.json', 'ru'],
] as const) {
  test(`TimelineJS from npm shows /${json} with one slide per event`, async ({ page: browser }) => {
    const server = await timelineHost(json, language);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const foreign: string[] = [];
    const errors: string[] = [];
    browser.on(
      'request',
      (r) => void (new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && foreign.push(r.url())),
    );
    browser.on('pageerror', (e) => errors.push(e.message));
    // TimelineJS loads web fonts from elsewhere unless `font: null`; nothing may leave this machine
    await browser.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    try {
      await browser.goto(`${origin}/`);
      const file = JSON.parse(readFileSync(join(DIST, json), 'utf8')) as Jsonified<TimelineFile>;
      // one slide per event, plus the title slide
      await expect(browser.locator('.tl-slide')).toHaveCount(file.events.length + 1, { timeout: 20_000 });
      await expect(browser.locator('.tl-slide-titleslide .tl-headline')).toHaveText(file.title.text.headline);
      // TimelineJS keys each slide by our permanent id
      for (const e of file.events.slice(0, 5))
        await expect(browser.locator(`.tl-slide[id="${e.unique_id}"]`)).toHaveCount(1);
      const headlines = await browser.locator('.tl-slide:not(.tl-slide-titleslide) .tl-headline').allTextContents();
      const decode = (s: string) => parseHtml(`<p>${s}</p>`).text;
      expect(headlines.map((h) => h.trim()).sort()).toEqual(file.events.map((e) => decode(e.text.headline)).sort());
      // our display date, not one recomputed in the reader's zone
      const timed = file.events.find((e) => e.start_date.hour !== undefined) ?? file.events[0]!;
      await expect(
        browser.locator('.tl-slide .tl-headline-date').filter({ hasText: timed.display_date }).first(),
      ).toBeAttached();
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      server.close();
    }
  });
}

test('the data page lists every file with its true size and describes every field', async ({
  page: browser,
  request,
}) => {
  for (const lang of LANGS) {
    await browser.goto(`/${lang}/data/`);
    const rows = browser.locator('table.files tbody tr');
    const files = await rows.evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [
            tr.getAttribute('data-file')!,
            Number(tr.querySelector('[data-bytes]')!.getAttribute('data-bytes')),
          ] as const,
      ),
    );
    expect(files.map(([f]) => f)).toEqual(
      expect.arrayContaining([
        '/data/events.json',
        '/data/events.csv',
        '/data/events.geojson',
        '/data/sources.json',
        `/${lang}/feed.xml`,
        '/data/timelinejs.json',
      ]),
    );
    for (const [path, size] of files) {
      const res = await request.get(path);
      expect(res.ok(), path).toBe(true);
      expect((await res.body()).length, path).toBe(size);
      await expect(browser.locator(`table.files tr[data-file="${path}"] a`)).toHaveAttribute('href', path);
    }
    const json = (await (await request.get('/data/events.json')).json()) as EventsFile;
    const documented = await browser
      .locator('#fields-events ~ .table-wrap tbody tr, section[aria-labelledby="fields-events"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field')));
    expect(documented).toEqual(Object.keys(json.events[0]!));
    const columns = await browser
      .locator('section[aria-labelledby="fields-csv"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field')));
    expect(columns).toEqual([...FLAT_COLUMNS]);
    const sources = (await (await request.get('/data/sources.json')).json()) as SourcesFile;
    const sourceFields = await browser
      .locator('section[aria-labelledby="fields-sources"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field')));
    expect(sourceFields).toEqual(Object.keys(sources.sources[0]!));
    for (const text of await browser.locator('table.fields td:nth-child(2)').allTextContents())
      expect(text.trim().length).toBeGreaterThan(3);
  }
});

test('a notebook on another site can read the data with fetch() (CORS), but not the pages', async ({
  page,
  baseURL,
}) => {
  const other = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>A notebook</title>'),
  );
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    const read = (url: string) =>
      page.evaluate(async (u) => {
        try {
          return { ok: true, text: await (await fetch(u)).text() };
        } catch {
          return { ok: false, text: '' };
        }
      }, url);
    const geojson = await read(`${baseURL}/data/events.geojson`);
    expect(geojson.ok).toBe(true);
    expect((JSON.parse(geojson.text) as { features: unknown[] }).features).toHaveLength(ids().length);
    expect(JSON.parse((await read(`${baseURL}/data/events.json`)).text)).toMatchObject({ events: expect.any(Array) });
    // the rule is the data's only: a page of the site stays unreadable from elsewhere
    expect((await read(`${baseURL}/en/`)).ok).toBe(false);
  } finally {
    other.close();
  }
});
