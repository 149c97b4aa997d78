/**
 * /data/events.json: every published event with all its facts and its texts in each language.
 * The shape is declared once as a zod schema: the builder is typed by it and the published JSON
 * Schema of the download (/data/schema/events.json) is generated from it.
 */
import { isOfficial, statingBody } from '../figures.ts';
import { z } from 'astro/zod';
import { JsonList } from './json-stream.ts';
import {
  ACTORS,
  EVENT_TYPES,
  COUNT_QUALIFIERS,
  FIGURE_GROUPS,
  FIGURE_SCOPES,
  LANGS,
  LOCATION_PRECISION,
  MEASURES,
  PLACE_KINDS,
  RIGHTS,
  SENSITIVITY,
  STATING_BODY_KINDS,
  TIME_PRECISION,
  VERIFICATION,
  type Lang,
} from '../../schema/enums.ts';
import { countSchema } from '../../schema/event.ts';
import { publicLocation, type ChronicleEvent } from '../chronicle.ts';
import { absolute, coord, eventUrls, lastUpdated, localIso, type ExportContext } from './context.ts';

const perLang = <T extends z.ZodType>(t: T) => z.object({ kk: t, ru: t, en: t });

const momentSchema = z
  .object({
    local: z
      .string()
      .describe('Local date or date and time at the place, as written in the entry: 2022-01-05 or 2022-01-05T16:37'),
    day: z.string().describe('Local calendar day, YYYY-MM-DD'),
    time: z.string().nullable().describe('Local time HH:mm, or null for a date-only value'),
    offset: z.string().describe("The place's UTC offset at that moment, e.g. +06:00"),
    utc: z.string().describe('The instant in UTC (start of the local day for a date-only value)'),
    timeZone: z.string().describe('IANA time zone of the place'),
  })
  .strict();

const textSchema = z
  .object({
    title: z.string(),
    summary: z.string(),
    body: z.string().nullable().describe('The account, in Markdown'),
    original: z.boolean().describe('True for the language the entry was written in'),
    reviewed: z.boolean().describe('False for a translation not yet checked by a person'),
    translatedFrom: z.enum(LANGS).nullable(),
  })
  .strict();

export const eventRecordSchema = z
  .object({
    id: z.string().describe('Permanent id: YYYY-MM-DD-slug, the date being the local start day'),
    url: perLang(z.string()).describe("The entry's page in each language"),
    type: z.enum(EVENT_TYPES),
    verification: z.enum(VERIFICATION),
    start: momentSchema,
    end: momentSchema.nullable(),
    timePrecision: z.enum(TIME_PRECISION),
    place: z.object({ id: z.string(), kind: z.enum(PLACE_KINDS), name: perLang(z.string()) }).strict(),
    region: z
      .object({ id: z.string(), name: perLang(z.string()) })
      .strict()
      .nullable(),
    location: z
      .object({ lat: z.number(), lon: z.number(), precision: z.enum(LOCATION_PRECISION) })
      .strict()
      .describe('The point published for the event: never finer than its precision allows'),
    actors: z.array(z.enum(ACTORS)),
    rights: z.array(z.enum(RIGHTS)),
    figures: z.array(
      z
        .object({
          measure: z.enum(MEASURES),
          count: countSchema,
          qualifier: z
            .enum(COUNT_QUALIFIERS)
            .nullable()
            .describe(
              'As the source qualified the number: more-than, at-least or about; null when it gave the number plainly',
            ),
          group: z.enum(FIGURE_GROUPS),
          scope: z.enum(FIGURE_SCOPES),
          asOf: z.string(),
          withdrawn: z.boolean(),
          source: z.string().describe('Id of the source that states this number (see sources.json)'),
          official: z
            .boolean()
            .describe('True when a state body or a court stated the number (whoever relays it), from statedBy.kind'),
          statedBy: z
            .object({
              kind: z.enum(STATING_BODY_KINDS).describe('state, court, independent or international'),
              name: perLang(z.string())
                .nullable()
                .describe(
                  "The body's name in each language; null when the source's publisher stated the number itself",
                ),
            })
            .strict()
            .describe('Who stated the number; the source may only relay it'),
        })
        .strict(),
    ),
    sources: z.array(
      z.object({ id: z.string(), locator: z.string().nullable(), quote: z.string().nullable() }).strict(),
    ),
    sensitivity: z.array(z.enum(SENSITIVITY)),
    related: z.array(z.string()),
    corrections: z.array(z.object({ date: z.string(), note: z.string() }).strict()),
    updated: z.string().describe('Day of the last substantive change'),
    originalLang: z.enum(LANGS),
    texts: perLang(textSchema.nullable()).describe(
      'Title, summary and account in each language; null where not translated',
    ),
  })
  .strict();

export const eventsFileSchema = z
  .object({
    title: z.string(),
    publisher: z.string(),
    homepage: z.string(),
    schema: z.string(),
    updated: z.string(),
    count: z.number().int(),
    events: z.array(eventRecordSchema),
  })
  .strict();

export type EventRecord = z.output<typeof eventRecordSchema>;
export type EventsFile = z.output<typeof eventsFileSchema>;

function moment(m: ChronicleEvent['start']): EventRecord['start'] {
  return { local: localIso(m), day: m.day, time: m.time ?? null, offset: m.offset, utc: m.utc, timeZone: m.timeZone };
}

export function eventRecord(ctx: ExportContext, e: ChronicleEvent): EventRecord {
  const loc = publicLocation(e, ctx.chronicle.places);
  const bodies = ctx.bodies?.get(e.id) ?? {};
  const texts = Object.fromEntries(
    LANGS.map((l: Lang) => {
      const t = e.texts[l];
      return [
        l,
        t
          ? {
              title: t.title,
              summary: t.summary,
              body: bodies[l]?.trim() || null,
              original: t.original,
              reviewed: t.reviewed,
              translatedFrom: t.translatedFrom ?? null,
            }
          : null,
      ];
    }),
  ) as EventRecord['texts'];
  return {
    id: e.id,
    url: eventUrls(ctx, e.id),
    type: e.data.type,
    verification: e.data.verification,
    start: moment(e.start),
    end: e.end ? moment(e.end) : null,
    timePrecision: e.data.timePrecision,
    place: { id: e.place.id, kind: e.place.kind, name: { ...e.place.name } },
    region: e.region ? { id: e.region.id, name: { ...e.region.name } } : null,
    location: { lat: coord(loc.lat), lon: coord(loc.lon), precision: loc.precision },
    actors: [...e.data.actors],
    rights: [...e.data.rights],
    figures: e.data.figures.map((f) => {
      const body = statingBody(
        f,
        e.sources.find((s) => s.id === f.source)!,
      );
      return {
        measure: f.measure,
        count: f.count,
        qualifier: f.qualifier ?? null,
        group: f.group,
        scope: f.scope,
        asOf: f.asOf ?? e.start.day,
        withdrawn: f.withdrawn,
        source: f.source,
        official: isOfficial(body.kind),
        statedBy: { kind: body.kind, name: body.name ? { ...body.name } : null },
      };
    }),
    sources: e.data.sources.map((s) => ({ id: s.id, locator: s.locator ?? null, quote: s.quote ?? null })),
    sensitivity: [...e.data.sensitivity],
    related: [...e.data.related],
    corrections: e.data.corrections.map((c) => ({ date: c.date, note: c.note })),
    updated: lastUpdated(e),
    originalLang: e.data.lang,
    texts,
  };
}

export interface FileMeta {
  title: string;
  publisher: string;
}

/** events.json as written: its records are made one at a time as the file is written (json-stream.ts). */
export type EventsFileOut = Omit<EventsFile, 'events'> & { events: JsonList<ChronicleEvent, EventRecord> };

export function eventsJson(ctx: ExportContext, meta: FileMeta): EventsFileOut {
  const { events } = ctx.chronicle;
  return {
    title: meta.title,
    publisher: meta.publisher,
    homepage: absolute(ctx, ''),
    schema: absolute(ctx, 'data/schema/events.json'),
    // the newest change rather than the build time, so that the same content gives the same file
    updated: events.map(lastUpdated).sort().at(-1) ?? '',
    count: events.length,
    events: new JsonList(events, (e) => eventRecord(ctx, e)),
  };
}
