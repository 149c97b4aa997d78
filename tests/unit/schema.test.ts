import { describe, expect, it } from 'vitest';
import { write } from '../../src/schema/messages.ts';
import {
  checkIntegrity,
  eventSchema,
  placeSchema,
  sourceSchema,
  translationSchema,
  type EventInput,
} from '../../src/schema/index.ts';

const valid: EventInput = {
  title: 'A protest',
  summary: 'People gathered at the city hall.',
  lang: 'en',
  type: 'protest',
  start: '2022-01-02T11:00',
  timePrecision: 'minute',
  place: 'zhanaozen',
  sources: [{ id: 'src-a' }],
  verification: 'reported',
};

function errors(input: unknown) {
  const r = eventSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('event schema: one fixture per rule', () => {
  it('accepts a valid entry and fills defaults', () => {
    const r = eventSchema.parse(valid);
    expect(r.actors).toEqual([]);
    expect(r.draft).toBe(false);
  });

  it.each([
    ['missing title', { title: undefined }, 'title'],
    ['summary over 300 characters', { summary: 'x'.repeat(301) }, 'summary'],
    ['HTML in a summary', { summary: 'Hello <b>world</b>' }, 'summary'],
    ['unknown language', { lang: 'de' }, 'lang'],
    ['unknown type', { type: 'riot' }, 'type'],
    ['unknown actor', { actors: ['aliens'] }, 'actors.0'],
    ['unknown right', { rights: ['right-to-party'] }, 'rights.0'],
    ['unknown verification', { verification: 'probably' }, 'verification'],
    ['a date that does not exist', { start: '2022-02-30' }, 'start'],
    ['a malformed date', { start: '05.01.2022' }, 'start'],
    ['an hour that does not exist', { start: '2022-01-05T25:10' }, 'start'],
    ['end before start', { end: '2022-01-01' }, 'end'],
    ['no sources', { sources: [] }, 'sources'],
    ['the same source twice', { sources: [{ id: 'src-a' }, { id: 'src-a' }] }, 'sources.1.id'],
    [
      'a figure whose source is not cited',
      { figures: [{ measure: 'killed', count: 3, source: 'src-b', scope: 'incident' }] },
      'figures.0.source',
    ],
    [
      'a negative count',
      { figures: [{ measure: 'killed', count: -1, source: 'src-a', scope: 'incident' }] },
      'figures.0.count',
    ],
    [
      'a range with max below min',
      { figures: [{ measure: 'detained', count: { min: 10, max: 5 }, source: 'src-a', scope: 'cumulative' }] },
      'figures.0.count',
    ],
    ['coordinates outside Kazakhstan', { location: { lat: 48.85, lon: 2.35, precision: 'exact' } }, 'location.lon'],
    ['an unknown field', { weather: 'cold' }, ''],
  ])('rejects %s', (_name, patch, path) => {
    const errs = errors({ ...valid, ...patch });
    expect(errs.length).toBeGreaterThan(0);
    expect(
      errs.some((e) => e.startsWith(`${path}:`) || (path === '' && e.includes('weather')) || e.startsWith(path)),
    ).toBe(true);
  });

  it('accepts a date-only start, an offset, a range count and a coarse location', () => {
    expect(errors({ ...valid, start: '2022-01-05', timePrecision: 'day' })).toEqual([]);
    expect(errors({ ...valid, start: '2022-01-05T16:37+06:00' })).toEqual([]);
    expect(
      errors({
        ...valid,
        figures: [{ measure: 'detained', count: { min: 5135, max: 5969 }, source: 'src-a', scope: 'cumulative' }],
      }),
    ).toEqual([]);
    expect(errors({ ...valid, location: { lat: 43.24, lon: 76.95, precision: 'city' } })).toEqual([]);
  });

  it('turns an unquoted YAML date back into the written day, and refuses a timestamp that lost its offset', () => {
    expect(eventSchema.parse({ ...valid, start: new Date('2022-01-05T00:00:00Z'), timePrecision: 'day' }).start).toBe(
      '2022-01-05',
    );
    expect(errors({ ...valid, start: new Date('2022-01-05T10:30:00Z') })).toHaveLength(1);
  });

  it('a date-only end on the start day is not before a timed start', () => {
    expect(errors({ ...valid, start: '2022-01-05T16:00', end: '2022-01-05' })).toEqual([]);
  });
});

describe('translation schema', () => {
  it('accepts text and translation metadata only', () => {
    expect(
      translationSchema.safeParse({ title: 'T', summary: 'S', translatedFrom: 'en', reviewed: false }).success,
    ).toBe(true);
  });
  it('rejects a translation that carries facts', () => {
    const r = translationSchema.safeParse({
      title: 'T',
      summary: 'S',
      translatedFrom: 'en',
      reviewed: false,
      type: 'protest',
    });
    expect(r.success).toBe(false);
  });
});

describe('source schema', () => {
  const source = {
    title: 'Report',
    publisher: 'HRW',
    published: '2022-01-26',
    kind: 'ngo',
    url: 'https://www.hrw.org/x',
    lang: 'en',
  };
  it('accepts a published source', () => expect(sourceSchema.safeParse(source).success).toBe(true));
  it('requires https', () =>
    expect(sourceSchema.safeParse({ ...source, url: 'http://www.hrw.org/x' }).success).toBe(false));
  it('never lets a testimony carry a URL or a name', () => {
    const r = sourceSchema.safeParse({
      ...source,
      kind: 'testimony',
      author: 'A. Person',
      code: 'T-2022-001',
      description: 'Detainee account',
    });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['url', 'author']));
  });
  it('accepts a testimony with a code and a description only', () => {
    const { url: _url, ...rest } = source;
    expect(
      sourceSchema.safeParse({
        ...rest,
        publisher: 'Alliance',
        kind: 'testimony',
        code: 'T-2022-001',
        description: 'Account of a detainee',
        availability: 'withheld',
      }).success,
    ).toBe(true);
  });
});

describe('place schema', () => {
  const place = {
    id: 'aktau',
    kind: 'city',
    name: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' },
    region: 'mangystau-region',
    lat: 43.65,
    lon: 51.17,
    timezone: 'Asia/Aqtau',
  };
  it('accepts a place', () => expect(placeSchema.safeParse(place).success).toBe(true));
  it('rejects an unknown time zone', () =>
    expect(placeSchema.safeParse({ ...place, timezone: 'Asia/Aktau' }).success).toBe(false));
  it('rejects a missing name', () =>
    expect(placeSchema.safeParse({ ...place, name: { kk: 'Ақтау', en: 'Aktau' } }).success).toBe(false));
  it('rejects coordinates outside the country', () =>
    expect(placeSchema.safeParse({ ...place, lat: 60 }).success).toBe(false));
});

describe('integrity across records', () => {
  const places = {
    file: 'content/places.yaml',
    places: [
      placeSchema.parse({
        id: 'mangystau-region',
        kind: 'region',
        name: { kk: 'a', ru: 'b', en: 'c' },
        lat: 43.6,
        lon: 51.1,
        timezone: 'Asia/Aqtau',
      }),
      placeSchema.parse({
        id: 'zhanaozen',
        kind: 'city',
        name: { kk: 'a', ru: 'b', en: 'c' },
        region: 'mangystau-region',
        lat: 43.3,
        lon: 52.8,
        timezone: 'Asia/Aqtau',
      }),
    ],
  };
  const sources = [
    {
      id: 'src-a',
      file: 'content/sources/src-a.md',
      data: sourceSchema.parse({
        title: 'A',
        publisher: 'P1',
        published: '2022-01-02',
        kind: 'media',
        url: 'https://a.example/1',
        lang: 'en',
      }),
    },
    {
      id: 'src-b',
      file: 'content/sources/src-b.md',
      data: sourceSchema.parse({
        title: 'B',
        publisher: 'P1',
        published: '2022-01-02',
        kind: 'media',
        url: 'https://a.example/2',
        lang: 'en',
      }),
    },
  ];
  const event = (id: string, patch: Partial<EventInput> = {}) => ({
    id,
    file: `content/events/${id}/index.md`,
    data: eventSchema.parse({ ...valid, ...patch }),
  });
  const check = (
    events: ReturnType<typeof event>[],
    translations: Parameters<typeof checkIntegrity>[0]['translations'] = [],
  ) => checkIntegrity({ events, translations, sources, places }).map((i) => write(i.message));

  it('passes for consistent records', () => expect(check([event('2022-01-02-protest')])).toEqual([]));
  it('rejects an id whose date differs from start', () =>
    expect(check([event('2022-01-03-protest')]).join()).toMatch(/does not match the date in the id/));
  it('rejects an id that is not YYYY-MM-DD-slug', () =>
    expect(check([event('Protest_1')]).join()).toMatch(/YYYY-MM-DD-kebab-slug/));
  it('rejects an unknown place', () =>
    expect(check([event('2022-01-02-protest', { place: 'atlantis' })]).join()).toMatch(/unknown place "atlantis"/));
  it('rejects an unknown source', () =>
    expect(check([event('2022-01-02-protest', { sources: [{ id: 'nope' }] })]).join()).toMatch(
      /unknown source "nope"/,
    ));
  it('rejects a related event that does not exist', () =>
    expect(check([event('2022-01-02-protest', { related: ['2022-01-09-x'] })]).join()).toMatch(/unknown event/));
  it('rejects corroborated with one publisher', () =>
    expect(
      check([
        event('2022-01-02-protest', { verification: 'corroborated', sources: [{ id: 'src-a' }, { id: 'src-b' }] }),
      ]).join(),
    ).toMatch(/two or more publishers/));
  it('rejects a duplicate id', () =>
    expect(check([event('2022-01-02-protest'), event('2022-01-02-protest')]).join()).toMatch(/duplicate event id/));
  it('rejects a translation in the original language', () =>
    expect(
      check(
        [event('2022-01-02-protest')],
        [
          {
            eventId: '2022-01-02-protest',
            lang: 'en',
            file: 'x/en.md',
            data: { title: 'a', summary: 'b', translatedFrom: 'ru', reviewed: false },
          },
        ],
      ).join(),
    ).toMatch(/already in "en"/));
});
