import { z } from 'astro/zod';
import {
  ACTORS,
  EVENT_TYPES,
  FIGURE_GROUPS,
  COUNT_QUALIFIERS,
  FIGURE_SCOPES,
  KZ_BOUNDS,
  LANGS,
  LOCATION_PRECISION,
  MEASURES,
  RIGHTS,
  SENSITIVITY,
  STATING_BODY_KINDS,
  TIME_PRECISION,
  VERIFICATION,
} from './enums.ts';
import { dayDate, endNotBeforeStart, isRealDate, localDate } from './dates.ts';
import { ID_RE, isPlainText } from './patterns.ts';
import { message, say, shown, write, type Message } from './messages.ts';

/** An id of another record: a source, a place or an event. Existence is checked in integrity.ts. */
const recordId = z.string().regex(ID_RE, { error: say('idFormat') });

/** Plain text: no Markdown, no HTML. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: say('mustNotBeEmpty') })
    .max(max)
    .refine(isPlainText, { error: say('plainTextOnly') });

/**
 * The body that stated a number: `{ kind: state, name: { kk: Ішкі істер министрлігі, ru:
 * Министерство внутренних дел, en: Interior Ministry } }`. Without `name` the source's own
 * publisher stated it (a newsroom's own count: `{ kind: independent }`). Spell one body the same
 * way in every figure: changes are computed only between statements of the same body.
 */
export const statingBodySchema = z
  .object(
    {
      /** `state` (ministry, prosecutor, akimat, ombudsman, president), `court`, `independent` (NGO, newsroom), `international` (UN, OSCE). */
      kind: z.enum(STATING_BODY_KINDS),
      /** The body's name in each language; leave out when the source's publisher is the body. */
      name: z
        .object({ kk: plainText(200), ru: plainText(200), en: plainText(200) })
        .strict()
        .optional(),
    },
    { error: say('statedByShape', (v) => ({ found: shown(v) })) },
  )
  .strict();

/** A count: an exact number, or a range when the source gives one. */
export const countSchema = z.union(
  [
    z.number().int().nonnegative(),
    z
      .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
      .strict()
      .refine((r) => r.max >= r.min, { error: say('maxBelowMin') }),
  ],
  { error: say('countShape', (v) => ({ found: shown(v) })) },
);

/** One number stated by one source. Conflicting numbers are separate figures, side by side. */
export const figureSchema = z
  .object({
    /** What is counted. */
    measure: z.enum(MEASURES),
    /** The number, or `{ min, max }`. */
    count: countSchema,
    /** As the source qualifies the number: `more-than`, `at-least` or `about` (one number only). */
    qualifier: z.enum(COUNT_QUALIFIERS).optional(),
    /** Who is counted (`people` when the source does not say). */
    group: z.enum(FIGURE_GROUPS).default('people'),
    /** The source that states this number: one of the entry's `sources`. */
    source: recordId,
    /** `incident`: this event only; `cumulative`: the whole events as of `asOf` (a running total; for `in-custody`, those held that day). */
    scope: z.enum(FIGURE_SCOPES),
    /** The day the number was stated or refers to. */
    asOf: dayDate.optional(),
    /** Marks a number the source itself later withdrew. */
    withdrawn: z.boolean().default(false),
    /**
     * Who stated the number: its side (official or not) comes from here, never from the source
     * that relays it. Required when the source is media, social media or a dataset; otherwise the
     * source's publisher is taken to have stated it (a ministry's own release, an NGO's report).
     */
    statedBy: statingBodySchema.optional(),
  })
  .strict()
  .refine((f) => f.qualifier === undefined || typeof f.count === 'number', {
    error: say('qualifierWithRange'),
    path: ['qualifier'],
  });

/** A source cited by an entry, with where in it the fact is found. */
export const citationSchema = z
  .object({
    /** The file name (without `.md`) of a record in content/sources/. */
    id: recordId,
    /** Page, paragraph or timestamp in the source. */
    locator: z.string().max(200).optional(),
    /** A short quote, in the source's language. */
    quote: z.string().max(500).optional(),
  })
  .strict();

const LAT = say('latitudeOutside', (v) => ({ min: KZ_BOUNDS.minLat, max: KZ_BOUNDS.maxLat, found: shown(v) }));
const LON = say('longitudeOutside', (v) => ({ min: KZ_BOUNDS.minLon, max: KZ_BOUNDS.maxLon, found: shown(v) }));

/** A point more exact than the place, with how exactly it may be published. */
export const locationSchema = z
  .object({
    lat: z.number().min(KZ_BOUNDS.minLat, { error: LAT }).max(KZ_BOUNDS.maxLat, { error: LAT }),
    lon: z.number().min(KZ_BOUNDS.minLon, { error: LON }).max(KZ_BOUNDS.maxLon, { error: LON }),
    /** How exactly the site shows it: `city`, `region` or `country` publish the place's point instead. */
    precision: z.enum(LOCATION_PRECISION),
  })
  .strict();

/** A photo kept in the entry's folder. Published re-encoded (no EXIF/GPS), never as the original file. */
export const mediaSchema = z
  .object({
    /** File name in the entry folder: jpg, png or webp (never svg). */
    file: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.(?:jpe?g|png|webp)$/i, { error: say('mediaFileName') }),
    /** sha256 of the file, so that a swapped file is noticed: `sha256sum <file>`. */
    sha256: z.string().regex(/^[a-f0-9]{64}$/, { error: say('sha256Format') }),
    /** What the image shows, for readers who cannot see it. */
    alt: plainText(300),
    caption: plainText(500).optional(),
    /** Who made it (never a private person without consent). */
    credit: plainText(200).optional(),
    /** Hidden behind a notice until the reader asks. */
    graphic: z.boolean().default(false),
  })
  .strict();

/** One entry of the public correction log. */
export const correctionSchema = z.object({ date: dayDate, note: plainText(500) }).strict();

/**
 * Front matter of content/events/<id>/index.md (or index.mdx: the same fields, an account with entry
 * components), with the list of photos given: the validator
 * checks the file names (it runs without Astro), the content collection turns each into an image
 * through Astro's `image()` (src/content.config.ts, `entrySchema`). One definition for both, since a
 * refined zod object cannot be extended.
 */
function eventObject<M extends z.ZodType>(media: M) {
  return z
    .object({
      /** Headline in the file's language. */
      title: plainText(160),
      /** One or two plain sentences, at most 300 characters. */
      summary: plainText(300),
      /** Language of this file's title, summary and body. */
      lang: z.enum(LANGS),
      /** What kind of event this is. */
      type: z.enum(EVENT_TYPES),
      /** Local start at `place`: YYYY-MM-DD, "YYYY-MM-DDTHH:mm", or with an offset. */
      start: localDate,
      /** Local end, not before `start`. */
      end: localDate.optional(),
      /** How exact `start` is. */
      timePrecision: z.enum(TIME_PRECISION),
      /** Id of a place in content/places.yaml (the country for a nation-wide event). */
      place: recordId,
      /** A point more exact than the place (inside Kazakhstan). */
      location: locationSchema.optional(),
      /** Who acted or was acted upon. */
      actors: z.array(z.enum(ACTORS)).default([]),
      /** Rights concerned. */
      rights: z.array(z.enum(RIGHTS)).default([]),
      /** Numbers stated by the sources, each with its source. */
      figures: z.array(figureSchema).default([]),
      /** At least one source. */
      sources: z.array(citationSchema).min(1, { error: say('atLeastOneSource') }),
      /** `reported` (one source), `corroborated` (2+ publishers), `verified`, `disputed`, `retracted`. */
      verification: z.enum(VERIFICATION),
      /** Photos in the entry folder. */
      media,
      /** `graphic` hides media until the reader asks. */
      sensitivity: z.array(z.enum(SENSITIVITY)).default([]),
      /** Ids of related events. */
      related: z.array(recordId).default([]),
      /** Public correction log. */
      corrections: z.array(correctionSchema).default([]),
      /** Last substantive change (for the feed); the start date when absent. */
      updated: dayDate.optional(),
      /** Drafts are validated but not published. */
      draft: z.boolean().default(false),
    })
    .strict()
    .superRefine((e, ctx) => {
      for (const { path, message: m } of eventCrossFieldIssues(e))
        ctx.addIssue({ code: 'custom', path, message: write(m), params: { message: m } });
    });
}

/** Front matter of content/events/<id>/index.md, as `npm run validate` reads it. */
export const eventSchema = eventObject(z.array(mediaSchema).default([]));

/**
 * The same, as the content collection reads it: each photo also gets `image`, the file resolved by
 * Astro's `image()` beside the entry, which `astro:assets` re-encodes (src/components/EventMedia.astro).
 */
export function entrySchema<I extends z.ZodType>(image: () => I) {
  const photo = z.preprocess(
    (m) => (m && typeof m === 'object' && 'file' in m ? { ...m, image: `./${String(m.file)}` } : m),
    mediaSchema.extend({ image: image() }),
  );
  return eventObject(z.array(photo).default([]));
}

/**
 * Rules between fields of one entry. Written against raw input so that the validator can report
 * them together with field errors (zod skips refinements of an object that has other issues).
 */
export function eventCrossFieldIssues(raw: unknown): { path: (string | number)[]; message: Message }[] {
  const out: { path: (string | number)[]; message: Message }[] = [];
  if (!raw || typeof raw !== 'object') return out;
  const e = raw as Record<string, unknown>;
  const start = typeof e.start === 'string' ? e.start : undefined;
  const end = typeof e.end === 'string' ? e.end : undefined;
  if (start && end && isRealDate(start) && isRealDate(end) && !endNotBeforeStart(start, end))
    out.push({ path: ['end'], message: message('endBeforeStart', { end, start }) });
  const sources = Array.isArray(e.sources) ? e.sources : [];
  const ids = sources.map((s) => (s && typeof s === 'object' ? (s as { id?: unknown }).id : undefined));
  const cited = new Set(ids.filter((id): id is string => typeof id === 'string'));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string') return;
    if (seen.has(id)) out.push({ path: ['sources', i, 'id'], message: message('sourceTwice', { id }) });
    seen.add(id);
  });
  (Array.isArray(e.figures) ? e.figures : []).forEach((f, i) => {
    const source = f && typeof f === 'object' ? (f as { source?: unknown }).source : undefined;
    if (f && typeof f === 'object' && 'official' in f)
      out.push({
        path: ['figures', i, 'official'],
        message: message('officialRetired'),
      });
    if (typeof source === 'string' && !cited.has(source))
      out.push({
        path: ['figures', i, 'source'],
        message: message('figureSourceNotCited', { source, cited: [...cited] }),
      });
  });
  return out;
}

export type EventInput = z.input<typeof eventSchema>;
export type EventData = z.output<typeof eventSchema>;
export type Figure = z.output<typeof figureSchema>;
