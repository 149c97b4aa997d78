import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildChronicle, publicLocation, textFor } from '../../src/lib/chronicle.ts';
import { applyFilters, emptyFilters, parseFilters, serializeFilters, toFilterable } from '../../src/lib/filters.ts';
import { buildIndex, buildTextChunk, chunkCount, chunksOf, decodeIndex } from '../../src/lib/explore.ts';
import { pageSlices, pagerNumbers } from '../../src/lib/paging.ts';
import { basemap, REGION_CODES } from '../../src/lib/basemap.ts';
import { langItemPagedPaths } from '../../src/lib/paths.ts';
import { foldKazakh } from '../../src/lib/fold.ts';
import { FIXTURE_PLACES as places, FIXTURE_SOURCES as sources, fixtureEvent } from '../support/fixture-content.ts';

const ev = fixtureEvent;
const chronicle = buildChronicle({
  events: [
    ev('2022-01-04-almaty', {
      start: '2022-01-04T20:00',
      place: 'almaty',
      actors: ['police', 'protesters'],
      rights: ['liberty'],
    }),
    ev('2022-01-05-aktau', {
      start: '2022-01-05T01:30',
      place: 'aktau',
      type: 'detention',
      verification: 'disputed',
      end: '2022-01-07',
    }),
    ev('2022-01-05-country', {
      start: '2022-01-05',
      timePrecision: 'day',
      place: 'kazakhstan',
      type: 'internet-shutdown',
    }),
    ev('2022-01-06-mangystau', {
      start: '2022-01-06',
      timePrecision: 'day',
      place: 'mangystau-region',
      location: { lat: 43.6, lon: 51.2, precision: 'region' },
    }),
  ],
  translations: [
    {
      eventId: '2022-01-05-aktau',
      lang: 'ru',
      data: { title: 'Актау', summary: 'с', translatedFrom: 'en', reviewed: false },
    },
  ],
  sources,
  places,
});

describe('the explore index', () => {
  const index = buildIndex(chronicle);
  const decoded = decodeIndex(JSON.parse(JSON.stringify(index)));

  it('decodes to exactly the facets the filters use, in chronological order', () => {
    // lists come back in the vocabulary's order
    const canonical = <T extends { rights: string[]; actors: string[] }>(f: T) => ({
      ...f,
      rights: [...f.rights].sort(),
      actors: [...f.actors].sort(),
    });
    expect(decoded.map(({ n: _n, lat: _a, lon: _b, precision: _p, time: _t, ...f }) => canonical(f))).toEqual(
      chronicle.events.map(toFilterable).map(canonical),
    );
    expect(decoded.map((e) => e.n)).toEqual([0, 1, 2, 3]);
  });

  it('gives every event its public location and precision, never finer than allowed', () => {
    for (const e of decoded) {
      const loc = publicLocation(chronicle.byId.get(e.id)!, chronicle.places);
      expect([e.lat, e.lon, e.precision]).toEqual([loc.lat, loc.lon, loc.precision]);
    }
    expect(decoded.find((e) => e.id === '2022-01-06-mangystau')).toMatchObject({
      precision: 'region',
      lat: 43.65,
      lon: 51.17,
    });
    expect(decoded.find((e) => e.id === '2022-01-05-country')!.precision).toBe('country');
  });

  it('filters the decoded index like the chronicle itself', () => {
    for (const q of [
      'type=detention',
      'place=mangystau-region',
      'from=2022-01-06',
      'actor=police',
      'verification=disputed&to=2022-01-05',
    ]) {
      const f = parseFilters(q);
      expect(applyFilters(decoded, f).map((e) => e.id)).toEqual(
        applyFilters(chronicle.events.map(toFilterable), f).map((e) => e.id),
      );
    }
  });

  it('keeps local times and texts per language, untranslated ones marked with their language', () => {
    const at = (id: string) => decoded.findIndex((e) => e.id === id);
    expect(decoded[at('2022-01-04-almaty')]!.time).toBe('20:00 UTC+6');
    expect(decoded[at('2022-01-05-aktau')]!.time).toBe('01:30 UTC+5');
    expect(decoded[at('2022-01-05-country')]!.time).toBe('');
    const ru = buildTextChunk(chronicle, 'ru', 0);
    expect(ru.texts[at('2022-01-05-aktau')]).toEqual(['Актау', 'с', '']);
    expect(ru.texts[0]).toEqual([textFor(chronicle.events[0]!, 'ru').title, 's', 'en']);
    expect(ru.days['2022-01-04']![0]).toMatch(/4 января 2022/);
  });

  it('splits texts into chunks and knows which chunks a list needs', () => {
    expect(chunkCount(0)).toBe(1);
    expect(chunkCount(1001, 500)).toBe(3);
    expect(chunksOf([{ n: 999 }, { n: 3 }, { n: 501 }], 500)).toEqual([0, 1]);
    expect(buildTextChunk(chronicle, 'en', 1, 2).texts.map((t) => t[0])).toEqual(
      chronicle.events.slice(2).map((e) => e.id),
    );
  });
});

describe('filters in the URL', () => {
  it('reads repeated keys as a plain form sends them, and writes one canonical form', () => {
    const f = parseFilters('type=detention&type=casualty&place=almaty&bogus=1&from=2022-01-04&to=nope');
    expect(f).toEqual({ ...emptyFilters(), type: ['detention', 'casualty'], place: ['almaty'], from: '2022-01-04' });
    expect(serializeFilters(f, { at: '48,67,5' })).toBe(
      '?type=detention,casualty&place=almaty&from=2022-01-04&at=48,67,5',
    );
  });
});

describe('paged lists', () => {
  it('never puts more than a page of events on one page, and links first, last and neighbours', () => {
    const pages = pageSlices(
      Array.from({ length: 250 }, (_, i) => i),
      100,
    );
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(pageSlices([], 100)).toEqual([{ page: 1, items: [], pages: 1 }]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });

  it('gives page 1 the item’s own address', () => {
    const paths = langItemPagedPaths(
      ['a'],
      'id',
      (x) => x,
      () => Array.from({ length: 150 }, (_, i) => i),
      100,
    );
    expect(
      paths.filter((p) => p.params.lang === 'kk').map((p) => [p.params.page, p.props.events.length, p.props.total]),
    ).toEqual([
      [undefined, 100, 150],
      ['2', 50, 150],
    ]);
  });
});

describe('the offline basemap', () => {
  it('has a shape for every region of places.yaml that existed as an admin unit in its source', () => {
    const regions = (parse(readFileSync('content/places.yaml', 'utf8')) as { id: string; kind: string }[])
      .filter((p) => p.kind === 'region')
      .map((p) => p.id);
    const drawn = basemap().objects.regions.geometries.map((g) => g.id);
    // Shymkent became a region of its own in 2018; the source still has it inside Turkistan Region
    expect(regions.filter((r) => !drawn.includes(r))).toEqual(['shymkent-city']);
    expect(new Set(Object.values(REGION_CODES)).size).toBe(Object.keys(REGION_CODES).length);
  });
});

describe('Kazakh letters folded for search', () => {
  it('turns each Kazakh letter into the Russian-keyboard letter people type, keeping case', () => {
    expect(foldKazakh('Ақтау, Жаңаөзен, Өскемен, ҚҰҮӘӨҒҢІҺ, ғимарат, Қонаев')).toBe(
      'Актау, Жанаозен, Оскемен, КУУАОГНИХ, гимарат, Конаев',
    );
    expect(foldKazakh('Almaty Алматы')).toBe('Almaty Алматы');
  });
});
