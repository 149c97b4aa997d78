/**
 * Figures as reported: every number with the body that stated it, the source that records it,
 * and when. Nothing is summed or reconciled across sources; conflicting numbers stay side by side.
 */
import { publisherName } from './publishers.ts';
import { enumKey, useTranslations } from '../i18n/index.ts';
import {
  RELAYING_SOURCE_KINDS,
  type CountQualifier,
  type Lang,
  type Measure,
  type FigureGroup,
  type SourceKind,
  type StatingBodyKind,
} from '../schema/enums.ts';
import type { Figure } from '../schema/event.ts';
import type { ChronicleEvent, SourceRecord } from './chronicle.ts';

/** The body that stated a number. */
export interface StatingBody {
  kind: StatingBodyKind;
  /** Its name in each language; absent when the source's own publisher stated the number. */
  name?: Record<Lang, string>;
}

export interface ReportedFigure {
  eventId: string;
  measure: Measure;
  group: FigureGroup;
  count: Figure['count'];
  /** "more than", "at least", "about", as the source qualified the number. */
  qualifier?: CountQualifier;
  /** Day the number was stated (asOf, else the event's local day). */
  asOf: string;
  scope: Figure['scope'];
  withdrawn: boolean;
  /** Where the number is recorded: the stating body's own release, or a medium that relays it. */
  source: SourceRecord;
  statedBy: StatingBody;
  /** Official (a state body or a court stated it, whoever relays it) or not. */
  official: boolean;
}

/** Who states a number that a source of this kind publishes in its own name. */
const OWN_KIND: Record<SourceKind, StatingBodyKind> = {
  official: 'state',
  court: 'court',
  international: 'international',
  ngo: 'independent',
  monitoring: 'independent',
  testimony: 'independent',
  // relaying kinds must name the body (the validator says so); their own counts are independent
  media: 'independent',
  'social-media': 'independent',
  dataset: 'independent',
};

export function isOfficial(kind: StatingBodyKind): boolean {
  return kind === 'state' || kind === 'court';
}

/** The stating body of a figure as written, or the source's publisher stating in its own name. */
export function statingBody(f: Pick<Figure, 'statedBy'>, source: SourceRecord): StatingBody {
  if (f.statedBy) return f.statedBy.name ? { kind: f.statedBy.kind, name: f.statedBy.name } : { kind: f.statedBy.kind };
  return { kind: OWN_KIND[source.data.kind] };
}

export function reportedFigures(events: readonly ChronicleEvent[]): ReportedFigure[] {
  const out: ReportedFigure[] = [];
  for (const e of events)
    for (const f of e.data.figures) {
      const source = e.sources.find((s) => s.id === f.source)!;
      const statedBy = statingBody(f, source);
      out.push({
        eventId: e.id,
        measure: f.measure,
        group: f.group,
        count: f.count,
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        asOf: f.asOf ?? e.start.day,
        scope: f.scope,
        withdrawn: f.withdrawn,
        source,
        statedBy,
        official: isOfficial(statedBy.kind),
      });
    }
  return out.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.eventId.localeCompare(b.eventId));
}

/** Who stated a figure, in one language: the body, and the publisher that relays it if another. */
export function whoStated(f: Pick<ReportedFigure, 'statedBy' | 'source'>, lang: Lang): { body: string; via?: string } {
  return f.statedBy.name
    ? { body: f.statedBy.name[lang], via: publisherName(f.source.data.publisher, lang) }
    : { body: publisherName(f.source.data.publisher, lang) };
}

/**
 * What makes two statements comparable: the same measure, group and scope, stated by the same
 * body (by its English name, or the publisher's name when the publisher speaks for itself).
 */
export function seriesKey(f: Pick<ReportedFigure, 'measure' | 'group' | 'scope' | 'statedBy' | 'source'>): string {
  // a body's own release (no name: its publisher) and a relayed statement of it meet by name
  const body = (f.statedBy.name?.en ?? f.source.data.publisher).trim().toLowerCase();
  return [f.measure, f.group, f.scope, f.statedBy.kind, body].join('|');
}

/**
 * The change of each number from the previous standing statement of the same series (see
 * seriesKey) made on an earlier day; `undefined` when there is none. Withdrawn numbers and
 * ranges neither get nor give a change. Statements of the same day are not compared: the order
 * in which they were made is not known. Figures must be in the order stated (reportedFigures).
 */
export function changes(figures: readonly ReportedFigure[]): (number | undefined)[] {
  const standing = new Map<string, { asOf: string; value: number; before?: { asOf: string; value: number } }>();
  return figures.map((f) => {
    if (f.withdrawn || typeof f.count !== 'number') return undefined;
    const key = seriesKey(f);
    const last = standing.get(key);
    // the latest earlier-day statement: the last one, unless it was made on this same day
    const previous = last && last.asOf < f.asOf ? last : last?.before;
    standing.set(key, {
      asOf: f.asOf,
      value: f.count,
      ...(previous ? { before: { asOf: previous.asOf, value: previous.value } } : {}),
    });
    return previous ? f.count - previous.value : undefined;
  });
}

/** Running totals of one measure, in the order they were stated. */
export function cumulative(
  figures: readonly ReportedFigure[],
  measure: Measure,
  group?: FigureGroup,
): ReportedFigure[] {
  return figures.filter((f) => f.measure === measure && f.scope === 'cumulative' && (!group || f.group === group));
}

/**
 * "225", "5,135–5,969", "more than 2,000" in the reader's language, qualified as the source
 * qualified it. `signs` writes the qualifier as a sign (">2,000", "≥300", "≈500"), for a chart's
 * labels, where the table below gives the words.
 */
export function formatCount(
  count: Figure['count'],
  lang: Lang,
  qualifier?: CountQualifier,
  style: 'words' | 'signs' = 'words',
): string {
  const n = new Intl.NumberFormat(lang);
  if (typeof count !== 'number') return `${n.format(count.min)}–${n.format(count.max)}`;
  const text = n.format(count);
  if (!qualifier) return text;
  if (style === 'signs') return `${QUALIFIER_SIGNS[qualifier]}${text}`;
  // the proposal form's words (core i18n `qualifier.*`): before the number, but Kazakh "астам" after it
  const word = useTranslations(lang)(enumKey('qualifier', qualifier));
  if (lang === 'kk' && qualifier === 'more-than') return `${text}-${kazakhAblative(count)} ${word}`;
  return `${word} ${text}`;
}

const QUALIFIER_SIGNS: Record<CountQualifier, string> = { 'more-than': '>', 'at-least': '≥', about: '≈' };

/**
 * The ablative ending a Kazakh numeral takes as it is read ("2 000-нан астам", "200-ден астам",
 * "20-дан астам"): set by the last word said, the units, else the tens, else hundreds (жүз) or
 * thousands and above (мың, миллион).
 */
export function kazakhAblative(n: number): string {
  const units = ['ден', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'];
  const tens = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'];
  if (n === 0) return 'ден'; // нөл
  if (n % 10) return units[n % 10]!;
  if (n % 100) return tens[(n % 100) / 10]!;
  if (n % 1000) return 'ден'; // жүз
  return 'нан'; // мың, миллион, миллиард
}

/**
 * The few numbers the home page leads with, each as stated (nothing computed): the latest
 * standing official toll of people killed and the latest count of people killed by anyone else
 * (an organisation's own count, not a newsroom repeating a number without saying whose),
 * the largest official count of people detained (detentions add up; a smaller later official
 * number counts those still held), and the latest official count of people injured.
 */
export function headlineFigures(figures: readonly ReportedFigure[]): ReportedFigure[] {
  const totals = figures.filter((f) => f.scope === 'cumulative' && f.group === 'people' && !f.withdrawn);
  const of = (measure: Measure, official: boolean) =>
    totals.filter((f) => f.measure === measure && f.official === official);
  const latest = (list: ReportedFigure[]) => list.at(-1);
  const largest = (list: ReportedFigure[]) =>
    list.reduce<ReportedFigure | undefined>(
      (best, f) => (!best || upperCount(f.count) > upperCount(best.count) ? f : best),
      undefined,
    );
  // a newsroom repeating a number in its own words, without saying whose it is, is not a count of its own
  const counted = (f: ReportedFigure) =>
    f.statedBy.name !== undefined || !(RELAYING_SOURCE_KINDS as readonly string[]).includes(f.source.data.kind);
  // of the latest day's statements, the largest (a joint statement may quote several counts)
  const latestCount = (list: ReportedFigure[]) => largest(list.filter((f) => f.asOf === list.at(-1)?.asOf));
  return [
    latest(of('killed', true)),
    latestCount(of('killed', false).filter(counted)),
    largest(of('detained', true)),
    latest(of('injured', true)),
  ].filter((f): f is ReportedFigure => f !== undefined);
}

function upperCount(count: Figure['count']): number {
  return typeof count === 'number' ? count : count.max;
}
