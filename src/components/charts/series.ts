/**
 * What the figures page plots, computed from the chronicle and the reported figures. Pure and
 * unit-tested; the chart components only draw it. Nothing is summed across sources: a series of
 * reports is a list of what each source said and when.
 */
import type { ChronicleEvent } from '../../lib/chronicle.ts';
import { daysBetween } from '../../lib/dates.ts';
import type { ReportedFigure } from '../../lib/figures.ts';
import { EVENT_TYPES, type EventType, type Measure } from '../../schema/enums.ts';

export interface DayCount {
  day: string;
  count: number;
}

/** The daily chart covers this many days from the first event; later events are counted by month. */
export const DAILY_SPAN = 31;

/**
 * Events per local start day, every day of the first DAILY_SPAN days (days without events
 * included, so gaps show), and the events after that window per month.
 */
export function eventsPerDay(events: readonly ChronicleEvent[]): { days: DayCount[]; months: { month: string; count: number }[] } {
  if (!events.length) return { days: [], months: [] };
  const sorted = events.map((e) => e.start.day).sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const window = daysBetween(first, last).slice(0, DAILY_SPAN);
  const end = window.at(-1)!;
  const byDay = new Map(window.map((d) => [d, 0]));
  const byMonth = new Map<string, number>();
  for (const day of sorted) {
    if (day <= end) byDay.set(day, byDay.get(day)! + 1);
    else byMonth.set(day.slice(0, 7), (byMonth.get(day.slice(0, 7)) ?? 0) + 1);
  }
  return {
    days: [...byDay].map(([day, count]) => ({ day, count })),
    months: [...byMonth].map(([month, count]) => ({ month, count })),
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
  /** Change from the same side's previous standing (not withdrawn) number for the same group. */
  change?: number;
}

/** The larger bound of a count, for scales. */
export function upper(count: ReportedFigure['count']): number {
  return typeof count === 'number' ? count : count.max;
}

function withChanges(figures: readonly ReportedFigure[]): Report[] {
  const last = new Map<string, number>();
  return figures.map((figure) => {
    const key = figure.group;
    const previous = last.get(key);
    const value = typeof figure.count === 'number' ? figure.count : undefined;
    const report: Report = { figure };
    if (!figure.withdrawn && value !== undefined && previous !== undefined) report.change = value - previous;
    if (!figure.withdrawn && value !== undefined) last.set(key, value);
    return report;
  });
}

/**
 * Running totals of one measure as reported, by date of report: official (state bodies, courts)
 * and independent (everyone else) side by side, each in the order stated.
 */
export function reportsOf(figures: readonly ReportedFigure[], measure: Measure): { official: Report[]; independent: Report[] } {
  const totals = figures
    .filter((f) => f.measure === measure && f.scope === 'cumulative')
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.eventId.localeCompare(b.eventId));
  return { official: withChanges(totals.filter((f) => f.official)), independent: withChanges(totals.filter((f) => !f.official)) };
}

/** The official death toll of all people as it changed, withdrawn numbers included and marked. */
export function officialToll(figures: readonly ReportedFigure[]): Report[] {
  return reportsOf(figures, 'killed').official.filter((r) => r.figure.group === 'people');
}
