/**
 * The patterns of the content contract, in one module without zod so that the date code, the
 * proposal form and the command-line tools share them with the schemas.
 */

/**
 * A contract date: `2022-01-05`, `2022-01-05T16:37`, or with an offset `2022-01-05T16:37+06:00`.
 * Without an offset the time is the local time of the entry's place.
 */
export const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A calendar day, or a month alone (publication dates: `2022-01-05`, `2022-01`). */
export const DAY_OR_MONTH_RE = /^\d{4}-\d{2}(-\d{2})?$/;

/** A calendar day only. */
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Ids of sources and places, and the slug of an event id: lower-case ASCII words joined by hyphens. */
export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An event id: its local start day, then a slug. The day is captured. */
export const EVENT_ID_RE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Plain text, for titles and summaries: no HTML (the only markup a title could smuggle in). */
export const isPlainText = (v: string) => !/[<>]/.test(v);
