/**
 * Dates of events in the local time of their place. Every instant is computed in the place's
 * IANA zone (its history gives UTC+5 in the west and UTC+6 elsewhere in January 2022), never in
 * the zone of the machine that builds or the browser that reads.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Lang, TimePrecision } from '../schema/enums.ts';
import { LOCAL_DATE_RE } from '../schema/patterns.ts';
import { intlLocale } from './intl.ts';

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
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) throw new Error(`not a contract date: ${value}`);
  const [, y, mo, d, h, mi, s, off] = m;
  let zoned: TZDate;
  if (h === undefined) zoned = new TZDate(+y!, +mo! - 1, +d!, 0, 0, 0, timeZone);
  else if (off)
    zoned = new TZDate(
      new Date(
        value.length === 16 + off.length ? value.replace(off, `:00${off === 'Z' ? 'Z' : off}`) : value,
      ).getTime(),
      timeZone,
    );
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
 * One style per language for every date the site prints (text, charts, day headings): CLDR's long
 * date through Intl.DateTimeFormat — "5 January 2022", "5 января 2022 г." — except that the
 * Kazakh year is written out, "2022 жылғы 5 қаңтар", as Kazakh prose and official documents write
 * it, where CLDR abbreviates it to "2022 ж.".
 */
const STYLES = {
  day: { dateStyle: 'long' },
  month: { year: 'numeric', month: 'long' },
  dayMonth: { day: 'numeric', month: 'long' },
  weekday: { weekday: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type Style = keyof typeof STYLES;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

/**
 * A calendar day is not an instant: it is formatted at noon UTC in UTC, so no zone can shift it.
 * Days are few (a few hundred) and printed on every page that lists them, so each is remembered.
 */
function formatCalendar(day: string, style: Style, lang: Lang): string {
  const key = `${lang} ${style} ${day}`;
  let text = formatted.get(key);
  if (text !== undefined) return text;
  const fKey = `${lang} ${style}`;
  let f = formatters.get(fKey);
  if (!f) formatters.set(fKey, (f = new Intl.DateTimeFormat(intlLocale(lang), { ...STYLES[style], timeZone: 'UTC' })));
  const [y, m, d = 1] = day.split('-').map(Number);
  const parts = f.formatToParts(new Date(Date.UTC(y!, m! - 1, d, 12)));
  text = parts
    .map((p, i) =>
      lang === 'kk' && p.type === 'literal' && parts[i - 1]?.type === 'year'
        ? p.value.replace(/\s*ж\.\s*/, ' жылғы ')
        : p.value,
    )
    .join('');
  formatted.set(key, text);
  return text;
}

/** "5 January 2022" / "5 января 2022 г." / "2022 жылғы 5 қаңтар"; a month-only `YYYY-MM` as its month. */
export function formatDay(day: string, lang: Lang): string {
  return day.length === 7 ? formatMonth(day, lang) : formatCalendar(day, 'day', lang);
}

/** "January 2022" / "январь 2022 г." / "2022 жылғы қаңтар", from `YYYY-MM` or a day in the month. */
export function formatMonth(day: string, lang: Lang): string {
  return formatCalendar(day.slice(0, 7), 'month', lang);
}

/** "9 January" / "9 января" / "9 қаңтар": a chart's axis, where the year is said once. */
export function formatDayMonth(day: string, lang: Lang): string {
  return formatCalendar(day, 'dayMonth', lang);
}

/** Weekday name of a calendar day. */
export function formatWeekday(day: string, lang: Lang): string {
  return formatCalendar(day, 'weekday', lang);
}

/** The offsets a place had at these moments: "UTC+6", or "UTC+6, UTC+5" across the 2024 change. */
export function offsetLabels(moments: readonly LocalMoment[]): string {
  return [...new Set(moments.map((m) => offsetLabel(m.offset)))].join(', ');
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
export function formatSpan(
  start: LocalMoment,
  end: LocalMoment | undefined,
  precision: TimePrecision,
  lang: Lang,
): string {
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
