/**
 * The exports of the real content in content/, read back with real parsers and compared with the
 * records they come from: the same ids, local dates, public coordinates and figure counts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildChronicle, publicLocation } from '../../src/lib/chronicle.ts';
import { eventsJson } from '../../src/lib/exports/events-json.ts';
import { eventsCsv } from '../../src/lib/exports/csv.ts';
import { eventsGeoJson } from '../../src/lib/exports/geojson.ts';
import { atomFeed } from '../../src/lib/exports/atom.ts';
import { jsonSchema } from '../../src/lib/exports/json-schema.ts';
import { coord, type ExportContext } from '../../src/lib/exports/context.ts';

const content = loadContent(join(import.meta.dirname, '../..'));
const chronicle = buildChronicle({
  events: content.events,
  translations: content.translations,
  sources: content.sources,
  places: content.places.places,
});
const bodies = new Map(content.events.map((e) => [e.id, { [e.data.lang]: e.body }]));
const ctx: ExportContext = { chronicle, site: 'https://qantar.example', base: '/', bodies };
const ids = chronicle.events.map((e) => e.id);
const figureCount = chronicle.events.reduce((n, e) => n + e.data.figures.length, 0);

describe('exports of the real content', () => {
  it('content is valid and has events', () => {
    expect(content.problems).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('events.json: every published event, valid against its schema, with the same facts', () => {
    const file = JSON.parse(JSON.stringify(eventsJson(ctx, { title: 't', publisher: 'p' })));
    const validate = addFormats(new Ajv2020({ strict: false, allErrors: true })).compile(
      jsonSchema('events', 'https://qantar.example/data/schema/events.json'),
    );
    expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(file.events.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(file.events.reduce((n: number, e: { figures: unknown[] }) => n + e.figures.length, 0)).toBe(figureCount);
    for (const [i, e] of chronicle.events.entries()) {
      expect(file.events[i].start.day).toBe(e.start.day);
      expect(file.events[i].start.offset).toBe(e.start.offset);
      const loc = publicLocation(e, chronicle.places);
      expect(file.events[i].location).toEqual({ lat: coord(loc.lat), lon: coord(loc.lon), precision: loc.precision });
    }
  });

  it('events.csv: one row per event, the same dates and coordinates, every figure', () => {
    const rows = parseCsv(eventsCsv(ctx), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(ids);
    for (const [i, e] of chronicle.events.entries()) {
      const loc = publicLocation(e, chronicle.places);
      expect([rows[i]!.date, rows[i]!.time, rows[i]!.utc_offset]).toEqual([
        e.start.day,
        e.start.time ?? '',
        e.start.offset,
      ]);
      expect([Number(rows[i]!.latitude), Number(rows[i]!.longitude)]).toEqual([coord(loc.lat), coord(loc.lon)]);
      expect(rows[i]!.figures ? rows[i]!.figures.split('; ').length : 0).toBe(e.data.figures.length);
    }
  });

  it('events.geojson: valid RFC 7946 with every event at its public point', () => {
    const fc = eventsGeoJson(ctx);
    expect(() => checkGeoJson(JSON.stringify(fc))).not.toThrow();
    expect([...fc.features].map((f) => f.id)).toEqual(ids);
  });

  it('the feeds: every entry in each language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const feed = parseFeed(
        atomFeed(ctx, lang, { title: 'T', subtitle: 'S', publisher: 'P', rights: 'R', typeLabel: String }),
      );
      expect(feed.items).toHaveLength(ids.length);
    }
  });
});
