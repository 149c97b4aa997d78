/**
 * One flat row per event: the CSV's columns and the GeoJSON's properties share these names, so a
 * researcher who joins the two files needs one description (the data page prints it). Columns
 * follow what users of conflict-event datasets such as ACLED expect: a local date, its precision,
 * the type, the actors, the admin-1 region and the place, a point with its precision, the sources.
 */
import { publicLocation, type ChronicleEvent } from '../chronicle.ts';
import { LANGS } from '../../schema/enums.ts';
import type { Figure } from '../../schema/event.ts';
import { coord, eventUrl, lastUpdated, type ExportContext } from './context.ts';

export const FLAT_COLUMNS = [
  'id',
  'date',
  'time',
  'utc_offset',
  'time_precision',
  'end_date',
  'end_time',
  'type',
  'actors',
  'rights',
  'region_id',
  'region',
  'place_id',
  'place',
  'place_ru',
  'place_kk',
  'latitude',
  'longitude',
  'location_precision',
  'figures',
  'sources',
  'verification',
  'original_lang',
  'title_en',
  'summary_en',
  'title_ru',
  'summary_ru',
  'title_kk',
  'summary_kk',
  'updated',
  'url',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];
export type FlatRecord = Record<FlatColumn, string | number>;

/** Separator inside a cell that holds a list. */
export const LIST_SEPARATOR = '; ';

/**
 * A figure as one readable, parseable phrase:
 * `killed 225 people (cumulative, as of 2022-01-15, source tass-2022-01-15)`; ranges as `5135-5969`,
 * a qualified number as `more-than 2000`;
 * a number the source withdrew is marked `withdrawn`. Who stated it follows as `stated by <kind>`
 * (the source's publisher speaking for itself) or `stated by <kind>: <kk> | <ru> | <en>` (a body
 * the source relays). The CSV import reads the phrase back: src/lib/content/csv-import.ts.
 */
export function figureText(f: Figure, fallbackDay: string): string {
  const count =
    typeof f.count === 'number' ? `${f.qualifier ? `${f.qualifier} ` : ''}${f.count}` : `${f.count.min}-${f.count.max}`;
  // commas, brackets and bars would end the phrase or a name early for a reader that splits on them
  const clean = (name: string) =>
    name
      .replace(/[,()|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const stated =
    f.statedBy &&
    `stated by ${f.statedBy.kind}${f.statedBy.name ? `: ${LANGS.map((l) => clean(f.statedBy!.name![l])).join(' | ')}` : ''}`;
  const notes = [
    f.scope,
    `as of ${f.asOf ?? fallbackDay}`,
    `source ${f.source}`,
    ...(f.withdrawn ? ['withdrawn'] : []),
    ...(stated ? [stated] : []),
  ];
  return `${f.measure} ${count} ${f.group} (${notes.join(', ')})`;
}

export function flatRecord(ctx: ExportContext, e: ChronicleEvent): FlatRecord {
  const loc = publicLocation(e, ctx.chronicle.places);
  const text = (l: (typeof LANGS)[number]) => e.texts[l];
  return {
    id: e.id,
    date: e.start.day,
    time: e.start.time ?? '',
    utc_offset: e.start.offset,
    time_precision: e.data.timePrecision,
    end_date: e.end?.day ?? '',
    end_time: e.end?.time ?? '',
    type: e.data.type,
    actors: e.data.actors.join(LIST_SEPARATOR),
    rights: e.data.rights.join(LIST_SEPARATOR),
    region_id: e.region?.id ?? '',
    region: e.region?.name.en ?? '',
    place_id: e.place.id,
    place: e.place.name.en,
    place_ru: e.place.name.ru,
    place_kk: e.place.name.kk,
    latitude: coord(loc.lat),
    longitude: coord(loc.lon),
    location_precision: loc.precision,
    figures: e.data.figures.map((f) => figureText(f, e.start.day)).join(LIST_SEPARATOR),
    sources: e.data.sources.map((s) => s.id).join(LIST_SEPARATOR),
    verification: e.data.verification,
    original_lang: e.data.lang,
    title_en: text('en')?.title ?? '',
    summary_en: text('en')?.summary ?? '',
    title_ru: text('ru')?.title ?? '',
    summary_ru: text('ru')?.summary ?? '',
    title_kk: text('kk')?.title ?? '',
    summary_kk: text('kk')?.summary ?? '',
    updated: lastUpdated(e),
    url: eventUrl(ctx, e.id, 'en'),
  };
}
