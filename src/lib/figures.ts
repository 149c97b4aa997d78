/**
 * Figures as reported: every number with the source that stated it and when. Nothing is summed
 * or reconciled across sources; conflicting numbers stay side by side.
 */
import type { Lang, Measure, FigureGroup } from '../schema/enums.ts';
import type { Figure } from '../schema/event.ts';
import type { ChronicleEvent, SourceRecord } from './chronicle.ts';

export interface ReportedFigure {
  eventId: string;
  measure: Measure;
  group: FigureGroup;
  count: Figure['count'];
  /** Day the number was stated (asOf, else the event's local day). */
  asOf: string;
  scope: Figure['scope'];
  withdrawn: boolean;
  source: SourceRecord;
  /** Official (stated by a state body, even when relayed by media) or independent. */
  official: boolean;
  /** The body that stated the number, when the source only relays it: its name in each language. */
  statedBy?: Record<Lang, string>;
}

/** A `statedBy` as written (one name, or one per language) as a name in each language. */
export function statedByNames(statedBy: NonNullable<Figure['statedBy']>): Record<Lang, string> {
  return typeof statedBy === 'string' ? { kk: statedBy, ru: statedBy, en: statedBy } : statedBy;
}

export function reportedFigures(events: readonly ChronicleEvent[]): ReportedFigure[] {
  const out: ReportedFigure[] = [];
  for (const e of events)
    for (const f of e.data.figures) {
      const source = e.sources.find((s) => s.id === f.source)!;
      out.push({
        eventId: e.id,
        measure: f.measure,
        group: f.group,
        count: f.count,
        asOf: f.asOf ?? e.start.day,
        scope: f.scope,
        withdrawn: f.withdrawn,
        source,
        official: f.official ?? (source.data.kind === 'official' || source.data.kind === 'court'),
        ...(f.statedBy ? { statedBy: statedByNames(f.statedBy) } : {}),
      });
    }
  return out.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.eventId.localeCompare(b.eventId));
}

/** Running totals of one measure, in the order they were stated. */
export function cumulative(figures: readonly ReportedFigure[], measure: Measure, group?: FigureGroup): ReportedFigure[] {
  return figures.filter((f) => f.measure === measure && f.scope === 'cumulative' && (!group || f.group === group));
}

/** "225", "5,135–5,969" in the reader's language. */
export function formatCount(count: Figure['count'], locale: string): string {
  const n = new Intl.NumberFormat(locale);
  return typeof count === 'number' ? n.format(count) : `${n.format(count.min)}–${n.format(count.max)}`;
}
