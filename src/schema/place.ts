import { z } from 'astro/zod';
import { KZ_BOUNDS, PLACE_KINDS } from './enums.ts';
import { ID_RE } from './patterns.ts';
import { say } from './messages.ts';

/** An IANA zone name that this runtime knows (Asia/Almaty, Asia/Aqtau, …). */
const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz.includes('/');
    } catch {
      return false;
    }
  },
  { error: say('notTimeZone', (v) => ({ value: String(v) })) },
);

/** One item of content/places.yaml. */
export const placeSchema = z
  .object({
    /** Permanent ASCII id, e.g. `almaty`, `mangystau-region`. */
    id: z.string().regex(ID_RE, { error: say('idFormat') }),
    /** `country`, `region` (oblast or city of republican significance as a unit), `city`, `town`, `site`. */
    kind: z.enum(PLACE_KINDS),
    /** Name in each language of the site. */
    name: z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) }).strict(),
    /** The id of the region (oblast) it lies in, as of January 2022. */
    region: z.string().optional(),
    lat: z.number().min(KZ_BOUNDS.minLat).max(KZ_BOUNDS.maxLat),
    lon: z.number().min(KZ_BOUNDS.minLon).max(KZ_BOUNDS.maxLon),
    /** IANA time zone: its history gives the right offset for 2022 (UTC+5 in the west, UTC+6 elsewhere). */
    timezone: timeZone,
  })
  .strict();

export const placesFileSchema = z.array(placeSchema);
export type PlaceData = z.output<typeof placeSchema>;
