/**
 * Dates of events in the local time of their place. Every instant is computed in the place's
 * IANA zone (its history gives UTC+5 in the west and UTC+6 elsewhere in January 2022), never in
 * the zone of the machine that builds or the browser that reads.
 */
import { TZDate } from '@date-fns/tz';
// Per-function paths: the package root loads every function and locale, seconds per command run.
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import type { Lang } from '../schema/enums.ts';
import type { TimePrecision } from '../schema/enums.ts';

const LOCALES = { kk, ru, en: enGB } as const;
const RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export interface LocalMoment {
  /** The UTC instant (start of the local day for a date-only value), ISO with Z. */
  utc: string;
  /** The local calendar day at the place, YYYY-MM-DD. */
  day: string;
  /** Local wall-clock time HH:mm, or undefined for a date-only value. */
  time?: string;
  /** The place's UTC offset at that moment, e.g. +06:00. */
  offset: string;
  /** Zone used. */
  timeZone: string;
}

/** Reads a contract date (`2022-01-05`, `2022-01-05T16:37`, `…+05:00`) at a place's zone. */
export function toLocalMoment(value: string, timeZone: string): LocalMoment {
  const m = RE.exec(value);
  if (!m) throw new Error(`not a contract date: ${value}`);
  const [, y, mo, d, h, mi, s, off] = m;
  let zoned: TZDate;
  if (h === undefined) zoned = new TZDate(+y!, +mo! - 1, +d!, 0, 0, 0, timeZone);
  else if (off) zoned = new TZDate(new Date(value.length === 16 + off.length ? value.replace(off, `:00${off === 'Z' ? 'Z' : off}`) : value).getTime(), timeZone);
  else zoned = new TZDate(+y!, +mo! - 1, +d!, +h, +mi!, +(s ?? 0), timeZone);
  const offset = format(zoned, 'xxx');
  return {
    utc: new Date(zoned.getTime()).toISOString().replace('.000Z', 'Z'),
    day: h === undefined ? `${y}-${mo}-${d}` : format(zoned, 'yyyy-MM-dd'),
    ...(h === undefined ? {} : { time: format(zoned, 'HH:mm') }),
    offset,
    timeZone,
  };
}

/** "UTC+6", "UTC+5", "UTC+5:30". */
export function offsetLabel(offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) return 'UTC';
  return `UTC${m[1]}${+m[2]!}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/**
 * Calendar days are few (a few hundred) and formatted on every page that lists them: each day is
 * formatted once per language and pattern, then remembered.
 */
const formatted = new Map<string, string>();
function formatCalendar(y: number, m: number, d: number, pattern: string, lang: Lang): string {
  const key = `${lang} ${pattern} ${y}-${m}-${d}`;
  let text = formatted.get(key);
  if (text === undefined) {
    // A calendar day is not an instant: format it at noon UTC in UTC so no zone can shift it.
    text = format(new TZDate(y, m - 1, d, 12, 0, 0, 'UTC'), pattern, { locale: LOCALES[lang] });
    formatted.set(key, text);
  }
  return text;
}

/** "5 January 2022" / "5 января 2022 г." / "2022 ж. 5 қаңтар" in the locale's long form. */
export function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatCalendar(y!, m!, d!, 'd MMMM yyyy', lang);
}

export function formatMonth(day: string, lang: Lang): string {
  const [y, m] = day.split('-').map(Number);
  return formatCalendar(y!, m!, 15, 'LLLL yyyy', lang);
}

/** Weekday name of a calendar day. */
export function formatWeekday(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatCalendar(y!, m!, d!, 'EEEE', lang);
}

/**
 * The way an event's start is shown: "5 January 2022, 16:37 UTC+6", a day alone, or a month,
 * following its time precision.
 */
export function formatMoment(moment: LocalMoment, precision: TimePrecision, lang: Lang): string {
  if (precision === 'month') return formatMonth(moment.day, lang);
  const day = formatDay(moment.day, lang);
  if (!moment.time || precision === 'day' || precision === 'days') return day;
  return `${day}, ${moment.time} ${offsetLabel(moment.offset)}`;
}

/** Start and, when there is one, end: "5 January 2022, 01:30 UTC+5 – 19 January 2022, 00:00 UTC+5". */
export function formatSpan(start: LocalMoment, end: LocalMoment | undefined, precision: TimePrecision, lang: Lang): string {
  const from = formatMoment(start, precision, lang);
  if (!end) return from;
  const endPrecision = end.time && (precision === 'minute' || precision === 'hour') ? precision : 'day';
  return `${from} – ${formatMoment(end, endPrecision, lang)}`;
}

/** Every calendar day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const [y, m, d] = from.split('-').map(Number);
  const cursor = new Date(Date.UTC(y!, m! - 1, d!));
  while (cursor.toISOString().slice(0, 10) <= to) {
    out.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return out;
}
