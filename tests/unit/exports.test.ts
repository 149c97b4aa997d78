/**
 * The open data exports, each read back with a real parser (csv-parse, a GeoJSON validator, a
 * feed parser, a JSON Schema validator) and compared with the chronicle they were built from.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { chronicle, ctx, events, places, sources } from '../fixtures/exports-chronicle.ts';
import { eventsJson } from '../../src/lib/exports/events-json.ts';
import type { Jsonified } from '../../src/lib/exports/json-stream.ts';
import { eventsCsv } from '../../src/lib/exports/csv.ts';
import { FLAT_COLUMNS } from '../../src/lib/exports/flat.ts';
import { eventsGeoJson } from '../../src/lib/exports/geojson.ts';
import { sourcesJson, SOURCE_FIELDS } from '../../src/lib/exports/sources-json.ts';
import { atomFeed } from '../../src/lib/exports/atom.ts';
import { timelineJs } from '../../src/lib/exports/timelinejs.ts';
import { jsonSchema, SCHEMA_NAMES } from '../../src/lib/exports/json-schema.ts';
import { lastUpdated } from '../../src/lib/exports/context.ts';
import { esc } from '../../src/lib/exports/xml.ts';
import { KZ_BOUNDS } from '../../src/schema/enums.ts';

const meta = { title: 'Qantar Chronicle: events', publisher: 'Human Rights Alliance for Fundamental Rights' };
const ids = chronicle.events.map((e) => e.id);
const roundTrip = <T>(v: T): Jsonified<T> => JSON.parse(JSON.stringify(v)) as Jsonified<T>;
/** A JSON Schema 2020-12 validator that also checks formats (uri, …). */
const validator = () => addFormats(new Ajv2020({ strict: false, allErrors: true }));

describe('events.json', () => {
  const file = roundTrip(eventsJson(ctx, meta));
  it('holds every published event once, in the chronicle’s order, and no draft', () => {
    expect(file.events.map((e) => e.id)).toEqual(ids);
    expect(file.count).toBe(ids.length);
    expect(ids).not.toContain('2022-09-01-draft');
  });
  it('gives local dates with their offset, in both zones', () => {
    const aktau = file.events.find((e) => e.id === '2022-01-02-aktau-night')!;
    expect(aktau.start).toEqual({
      local: '2022-01-02T01:30',
      day: '2022-01-02',
      time: '01:30',
      offset: '+05:00',
      utc: '2022-01-01T20:30:00Z',
      timeZone: 'Asia/Aqtau',
    });
    const almaty = file.events.find((e) => e.id === '2022-01-05-almaty-detentions')!;
    expect(almaty.start.offset).toBe('+06:00');
    const soe = file.events.find((e) => e.id === '2022-01-05-state-of-emergency')!;
    expect(soe.start.time).toBeNull();
    expect(soe.end?.day).toBe('2022-01-19');
  });
  it('publishes locations no finer than allowed', () => {
    expect(file.events.find((e) => e.id === '2022-01-05-almaty-detentions')!.location).toEqual({
      lat: 43.24,
      lon: 76.95,
      precision: 'city',
    });
    expect(file.events.find((e) => e.id === '2022-01-06-almaty-exact')!.location).toEqual({
      lat: 43.2381,
      lon: 76.9456,
      precision: 'exact',
    });
  });
  it('carries the texts of each language, the bodies, and null where not translated', () => {
    const e = file.events.find((x) => x.id === '2022-01-02-aktau-night')!;
    expect(e.texts.kk?.title).toBe('Ақтаудағы түнгі жиын');
    expect(e.texts.ru).toMatchObject({ reviewed: false, translatedFrom: 'en', body: null });
    expect(e.texts.en).toMatchObject({ original: true, body: 'The **account**.\n\nSecond paragraph.' });
    expect(file.events.find((x) => x.id === '2022-01-06-almaty-exact')!.texts.kk).toBeNull();
    expect(e.url.ru).toBe('https://qantar.example/chronicle/ru/events/2022-01-02-aktau-night/');
  });
  it('keeps every figure with its source, marks relayed official numbers, and reconciles nothing', () => {
    const toll = file.events.find((x) => x.id === '2022-01-09-toll-164')!.figures[0]!;
    expect(toll).toMatchObject({
      count: 164,
      withdrawn: true,
      official: true,
      statedBy: {
        kind: 'state',
        name: { kk: 'Денсаулық сақтау министрлігі', ru: 'Министерство здравоохранения', en: 'Health Ministry' },
      },
      source: 'agency',
    });
    // a number the publisher states in its own name has a kind and no name
    const own = file.events.flatMap((x) => x.figures).find((f) => f.count === 225)!;
    expect(own.statedBy).toEqual({ kind: 'state', name: null });
    const range = file.events.find((x) => x.id === '2022-01-05-almaty-detentions')!.figures[0]!;
    expect(range.count).toEqual({ min: 5135, max: 5969 });
    expect(range.official).toBe(false);
    expect(file.events.find((x) => x.id === '2022-08-16-toll-238')!.figures[0]!.official).toBe(true);
  });
  it('dates an entry by its last change: updated, or a later correction', () => {
    expect(file.events.find((x) => x.id === '2022-01-05-state-of-emergency')!.updated).toBe('2022-03-01');
    expect(file.events.find((x) => x.id === '2022-01-15-toll-225')!.updated).toBe('2022-06-01');
    expect(file.updated).toBe('2022-08-16');
  });
  it('is valid against its own published JSON Schema', () => {
    const validate = validator().compile(
      jsonSchema('events', 'https://qantar.example/chronicle/data/schema/events.json'),
    );
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    const broken = roundTrip(file);
    (broken.events[0] as { type: string }).type = 'riot';
    expect(validate(broken)).toBe(false);
  });
});

describe('events.csv', () => {
  const text = eventsCsv(ctx);
  const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
  it('starts with a UTF-8 byte order mark, ends lines with CRLF, and has the documented header', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(`\ufeff${FLAT_COLUMNS.join(',')}`);
    expect(Object.keys(rows[0]!)).toEqual([...FLAT_COLUMNS]);
  });
  it('has one row per event with the same ids, local dates, times and offsets', () => {
    expect(rows.map((r) => r.id)).toEqual(ids);
    for (const e of chronicle.events) {
      const r = rows.find((x) => x.id === e.id)!;
      expect([r.date, r.time, r.utc_offset]).toEqual([e.start.day, e.start.time ?? '', e.start.offset]);
    }
  });
  it('keeps Kazakh and Russian letters, quotes and commas intact', () => {
    const r = rows.find((x) => x.id === '2022-01-02-aktau-night')!;
    expect(r.summary_kk).toContain('әңгіме, ғұмыр, қоңыр, өмір, ұлы, үміт, һәм, іс');
    expect(r.title_en).toBe('Night rally in Aktau & "the square"');
    expect(r.summary_ru).toBe('Люди собрались ночью, «на площади».');
    expect(r.place_kk).toBe('Ақтау');
    expect(r.title_ru).not.toBe('');
    expect(rows.find((x) => x.id === '2022-01-06-almaty-exact')!.title_kk).toBe('');
  });
  it('writes coordinates, region and place as the pages do', () => {
    const r = rows.find((x) => x.id === '2022-01-05-almaty-detentions')!;
    expect([Number(r.latitude), Number(r.longitude), r.location_precision, r.region_id, r.place]).toEqual([
      43.24,
      76.95,
      'city',
      'almaty-city',
      'Almaty',
    ]);
    expect(r.sources).toBe('agency; witness');
    expect(r.actors).toBe('police; protesters');
  });
  it('writes each figure as a phrase that can be read back', () => {
    expect(rows.find((x) => x.id === '2022-01-05-almaty-detentions')!.figures).toBe(
      'detained 5135-5969 people (cumulative, as of 2022-01-09, source agency, stated by independent)',
    );
    expect(rows.find((x) => x.id === '2022-03-14-tolls')!.figures).toContain(
      'killed at-least 241 people (cumulative, as of 2022-03-14, source ngo',
    );
    expect(rows.find((x) => x.id === '2022-01-09-toll-164')!.figures).toBe(
      'killed 164 people (cumulative, as of 2022-01-09, source agency, withdrawn, stated by state: Денсаулық сақтау министрлігі | Министерство здравоохранения | Health Ministry)',
    );
  });
});

describe('events.geojson', () => {
  const fc = eventsGeoJson(ctx);
  const features = [...fc.features];
  it('is valid RFC 7946 GeoJSON', () => {
    expect(() => checkGeoJson(JSON.stringify(fc))).not.toThrow();
    expect(fc).not.toHaveProperty('crs');
  });
  it('places every event at its public point, longitude first, inside Kazakhstan', () => {
    expect(features.map((f) => f.id)).toEqual(ids);
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(KZ_BOUNDS.minLon);
      expect(lon).toBeLessThanOrEqual(KZ_BOUNDS.maxLon);
      expect(lat).toBeGreaterThanOrEqual(KZ_BOUNDS.minLat);
      expect(lat).toBeLessThanOrEqual(KZ_BOUNDS.maxLat);
    }
    expect(features.find((f) => f.id === '2022-01-02-aktau-night')!.geometry.coordinates).toEqual([51.17, 43.65]);
  });
  it('carries the CSV’s columns as properties', () => {
    expect(Object.keys(features[0]!.properties)).toEqual(
      FLAT_COLUMNS.filter((c) => c !== 'latitude' && c !== 'longitude'),
    );
  });
  it('is rejected by the same validator when broken (the check can fail)', () => {
    const bad = roundTrip(fc) as unknown as { features: { geometry: { coordinates: unknown } }[] };
    bad.features[0]!.geometry.coordinates = ['x', 43];
    expect(() => checkGeoJson(JSON.stringify(bad))).toThrow();
  });
});

describe('sources.json', () => {
  const file = sourcesJson(ctx, meta);
  it('lists every source with the entries citing it, in the documented fields', () => {
    expect(file.sources.map((s) => s.id)).toEqual(sources.map((s) => s.id).sort());
    expect(Object.keys(file.sources[0]!)).toEqual([...SOURCE_FIELDS]);
    expect(file.sources.find((s) => s.id === 'gov')!.citedBy).toEqual([
      '2022-01-05-state-of-emergency',
      '2022-01-15-toll-225',
      '2022-08-16-toll-238',
    ]);
  });
  it('publishes a testimony without address or author', () => {
    const t = file.sources.find((s) => s.id === 'witness')!;
    expect([t.link, t.author, t.code, t.availability]).toEqual([null, null, 'T-2022-001', 'withheld']);
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed(ctx, 'kk', {
    title: 'Қаңтар шежіресі',
    subtitle: 'Шежіре',
    publisher: 'Альянс',
    rights: 'Дәйексөз',
    typeLabel: (t) => `түрі ${t}`,
  });
  it('is well-formed XML', () => expect(SyntaxValidator.validate(xml)).toBe(true));
  it('reads in a real feed parser: every entry, its link, its update, newest change first', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Қаңтар шежіресі');
    expect(feed.items.map((i) => i.id).sort()).toEqual(
      ids.map((id) => `https://qantar.example/chronicle/kk/events/${id}/`).sort(),
    );
    const updated = feed.items.map((i) => i.updated!.toISOString().slice(0, 10));
    expect(updated).toEqual([...updated].sort().reverse());
    expect(updated).toEqual(chronicle.events.map(lastUpdated).sort().reverse());
    const night = feed.items.find((i) => i.url?.endsWith('/kk/events/2022-01-02-aktau-night/'))!;
    expect(night.title).toBe('Ақтаудағы түнгі жиын');
    expect(night.description).toContain('2022 жылғы 2 қаңтар, 01:30 UTC+5');
    expect(night.categories.map((c) => c.term)).toEqual(['protest']);
  });
  it('marks an untranslated text with its own language', () => {
    expect(xml).toContain('<title xml:lang="en">Event 2022-01-06-almaty-exact</title>');
  });
  it('escapes text', () => expect(esc('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;'));
});

describe('TimelineJS', () => {
  const file = roundTrip(
    timelineJs(ctx, 'ru', {
      title: 'Хроника',
      intro: 'Вступление',
      open: 'Читать',
      typeLabel: (t) => `тип ${t}`,
      verificationLabel: (e) => e.data.verification,
    }),
  );
  it('has one slide per event with its id, and a title slide', () => {
    expect(file.events.map((e) => e.unique_id)).toEqual(ids);
    expect(file.title.text.headline).toBe('Хроника');
  });
  it('gives local wall-clock dates and our own display date, so no zone shifts them', () => {
    const night = file.events.find((e) => e.unique_id === '2022-01-02-aktau-night')!;
    expect(night.start_date).toMatchObject({
      year: 2022,
      month: 1,
      day: 2,
      hour: 1,
      minute: 30,
      display_date: '2 января 2022\u202fг., 01:30 UTC+5',
    });
    const soe = file.events.find((e) => e.unique_id === '2022-01-05-state-of-emergency')!;
    expect(soe.start_date).not.toHaveProperty('hour');
    expect(soe.end_date).toMatchObject({ year: 2022, month: 1, day: 19 });
  });
  it('escapes entry text, which TimelineJS reads as HTML', () => {
    expect(file.events.find((e) => e.unique_id === '2022-01-02-aktau-night')!.text.headline).toBe(
      'Ночной митинг в Актау',
    );
    const en = roundTrip(
      timelineJs(ctx, 'en', {
        title: 'T',
        intro: 'I',
        open: 'Open',
        typeLabel: String,
        verificationLabel: () => 'v',
      }),
    );
    expect(en.events[0]!.text.headline).toBe('Night rally in Aktau &amp; &quot;the square&quot;');
    expect(en.events[0]!.text.text).toContain(
      'href="https://qantar.example/chronicle/en/events/2022-01-02-aktau-night/"',
    );
  });
});

describe('the JSON Schemas', () => {
  const ajv = validator();
  it('are generated for every schema, with an id and a title', () => {
    for (const name of SCHEMA_NAMES) {
      const s = jsonSchema(name, `https://x.example/${name}.json`);
      expect(s).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://x.example/${name}.json`,
      });
      expect(() => validator().compile(s)).not.toThrow();
    }
  });
  it('accept what contributors write and refuse what the validator refuses', () => {
    const event = ajv.compile(jsonSchema('event', 'https://x.example/event.json'));
    const good = {
      title: 'T',
      summary: 'S',
      lang: 'en',
      type: 'protest',
      start: '2022-01-05T16:37',
      timePrecision: 'minute',
      place: 'almaty',
      sources: [{ id: 'agency' }],
      verification: 'reported',
    };
    expect(event(good), JSON.stringify(event.errors)).toBe(true);
    expect(event({ ...good, type: 'riot' })).toBe(false);
    expect(event({ ...good, start: '5 January' })).toBe(false);
    expect(event({ ...good, colour: 'red' })).toBe(false);
    expect(event({ ...good, sources: [] })).toBe(false);
    const place = ajv.compile(jsonSchema('place', 'https://x.example/place.json'));
    for (const p of places) expect(place(p)).toBe(true);
    expect(place({ ...places[0], lat: 10 })).toBe(false);
  });
  it('accept every fixture event’s front matter', () => {
    const event = ajv.compile(jsonSchema('event', 'https://x.example/event2.json'));
    for (const e of events) expect(event(roundTrip(e.data)), `${e.id}: ${JSON.stringify(event.errors)}`).toBe(true);
  });
});
