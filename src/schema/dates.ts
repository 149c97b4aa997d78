import { z } from 'astro/zod';
import { DAY_OR_MONTH_RE, LOCAL_DATE_RE } from './patterns.ts';
import { say } from './messages.ts';

export { LOCAL_DATE_RE };

/** True when the date part names a day that exists (no 31 February) and the time is valid. */
export function isRealDate(value: string): boolean {
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d));
  return (
    date.getUTCFullYear() === +y &&
    date.getUTCMonth() === +mo - 1 &&
    date.getUTCDate() === +d &&
    +h < 24 &&
    +mi < 60 &&
    +s < 60
  );
}

/**
 * YAML 1.1 readers (Astro's front matter among them) turn an unquoted `2022-01-05` into a Date.
 * A date-only value comes back as midnight UTC: turn it back into the string that was written.
 * A full timestamp cannot be turned back without losing its offset, so it is refused.
 */
function fromYamlDate(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `unquoted timestamp ${iso}`;
}

/** A contract date: day, minute, or minute with offset. */
export const localDate = z.preprocess(
  fromYamlDate,
  z
    .string({ error: say('dateExpected') })
    .regex(LOCAL_DATE_RE, { error: say('notADate', (v) => ({ value: String(v) })), abort: true })
    .refine(isRealDate, { error: say('notARealDay', (v) => ({ value: String(v) })) }),
);

/** A calendar day only (publication dates, correction dates, `asOf`). Month-only `YYYY-MM` is allowed. */
export const dayDate = z.preprocess(
  fromYamlDate,
  z
    .string({ error: say('dayExpected') })
    .regex(DAY_OR_MONTH_RE, { error: say('notADay', (v) => ({ value: String(v) })), abort: true })
    .refine((v) => isRealDate(v.length === 7 ? `${v}-01` : v), {
      error: say('notARealDay', (v) => ({ value: String(v) })),
    }),
);

/**
 * Orders a start and an end written in the same place's local time. A date-only end covers its
 * whole day, so it is read as 23:59; a date-only start as 00:00. Offsets are ignored here: the
 * time-zone aware comparison lives in src/lib/dates.ts.
 */
export function endNotBeforeStart(start: string, end: string): boolean {
  const key = (v: string, pad: string) => (v.length === 10 ? `${v}T${pad}` : v.slice(0, 16));
  return key(end, '23:59') >= key(start, '00:00');
}
