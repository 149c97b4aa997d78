/**
 * What the figures page plots, computed from the chronicle and the reported figures. Pure and
 * unit-tested; the chart components only draw it. Nothing is summed across sources: a series of
 * reports is a list of what each source said and when.
 */
import type { ChronicleEvent } from '../chronicle.ts';
import { daysBetween } from '../dates.ts';
import { changes, type ReportedFigure } from '../figures.ts';
import { EVENT_TYPES, type EventType, type Measure } from '../../schema/enums.ts';

export interface DayCount {
  day: string;
  count: number;
}

/** The daily chart covers this many days: the window with the most events; others are counted by month. */
export const DAILY_SPAN = 31;

export interface MonthCount {
  month: string;
  count: number;
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

function perMonth(days: readonly string[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const d of days) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  return [...counts].map(([month, count]) => ({ month, count }));
}

/**
 * Events per local start day over the DAILY_SPAN days that hold the most events (the earliest such
 * window on a tie), every day shown so that gaps show; background events before that window and
 * the aftermath after it are counted per month.
 */
export function eventsPerDay(events: readonly ChronicleEvent[]): {
  days: DayCount[];
  before: MonthCount[];
  after: MonthCount[];
} {
  if (!events.length) return { days: [], before: [], after: [] };
  const sorted = events.map((e) => e.start.day).sort();
  let best = { start: sorted[0]!, count: 0 };
  for (const [i, start] of sorted.entries()) {
    const end = addDays(start, DAILY_SPAN - 1);
    let n = 0;
    for (let j = i; j < sorted.length && sorted[j]! <= end; j++) n++;
    if (n > best.count) best = { start, count: n };
  }
  const end = addDays(best.start, DAILY_SPAN - 1);
  const last = sorted.filter((d) => d <= end).at(-1)!;
  const byDay = new Map(daysBetween(best.start, last).map((d) => [d, 0]));
  for (const day of sorted) if (byDay.has(day)) byDay.set(day, byDay.get(day)! + 1);
  return {
    days: [...byDay].map(([day, count]) => ({ day, count })),
    before: perMonth(sorted.filter((d) => d < best.start)),
    after: perMonth(sorted.filter((d) => d > end)),
  };
}

/** Events per type, most frequent first (ties in the contract's order); types without events left out. */
export function eventsPerType(events: readonly ChronicleEvent[]): { type: EventType; count: number }[] {
  const counts = new Map<EventType, number>();
  for (const e of events) counts.set(e.data.type, (counts.get(e.data.type) ?? 0) + 1);
  return EVENT_TYPES.filter((t) => counts.has(t))
    .map((type) => ({ type, count: counts.get(type)! }))
    .sort((a, b) => b.count - a.count || EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type));
}

export interface Report {
  figure: ReportedFigure;
  /** Change from the previous standing statement of the same measure, group, scope and body (see changes). */
  change?: number;
}

/** The larger bound of a count, for scales. */
export function upper(count: ReportedFigure['count']): number {
  return typeof count === 'number' ? count : count.max;
}

function withChanges(figures: readonly ReportedFigure[]): Report[] {
  const delta = changes(figures);
  return figures.map((figure, i) => (delta[i] === undefined ? { figure } : { figure, change: delta[i] }));
}

/**
 * Running totals of one measure as reported, by date of report: official (stated by state
 * bodies and courts, whoever relays them) and independent side by side, each in the order stated.
 */
export function reportsOf(
  figures: readonly ReportedFigure[],
  measure: Measure,
): { official: Report[]; independent: Report[] } {
  const totals = figures
    .filter((f) => f.measure === measure && f.scope === 'cumulative')
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.eventId.localeCompare(b.eventId));
  return {
    official: withChanges(totals.filter((f) => f.official)),
    independent: withChanges(totals.filter((f) => !f.official)),
  };
}

/** The official death toll of all people as it changed, withdrawn numbers included and marked. */
export function officialToll(figures: readonly ReportedFigure[]): Report[] {
  return reportsOf(figures, 'killed').official.filter((r) => r.figure.group === 'people');
}
