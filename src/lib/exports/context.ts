/**
 * What every export needs besides the chronicle: where the site lives (so that links in the data
 * are absolute and still right under a sub-path) and the Markdown bodies, which the chronicle does
 * not carry. Pure: the build's endpoints and the unit tests build the same context.
 */
import type { Chronicle, ChronicleEvent } from '../chronicle.ts';
import type { LocalMoment } from '../dates.ts';
import { LANGS, type Lang } from '../../schema/enums.ts';
import { absoluteUrl, localePath, paths, withBase } from '../urls.ts';

export interface ExportContext {
  chronicle: Chronicle;
  /** The public origin, e.g. https://qantar.example (SITE_URL); without it links are paths. */
  site: string | URL | undefined;
  /** The configured base path, "/" or "/qantar/". */
  base: string;
  /** Markdown bodies by event id and language (the original and each translation). */
  bodies?: Pick<ReadonlyMap<string, Partial<Record<Lang, string>>>, 'get'>;
}

/** The URL of a site path ("data/events.csv", "ru/events/x/"): absolute when the site's address is known. */
export function absolute(ctx: ExportContext, path: string): string {
  return absoluteUrl(withBase(path, ctx.base), ctx.site);
}

/** The entry's page in one language, absolute. */
export function eventUrl(ctx: ExportContext, id: string, lang: Lang): string {
  return absoluteUrl(localePath(lang, paths.event(id), ctx.base), ctx.site);
}

export function eventUrls(ctx: ExportContext, id: string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((l) => [l, eventUrl(ctx, id, l)])) as Record<Lang, string>;
}

/** `2022-01-05` or `2022-01` as a full day. */
function asDay(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/**
 * The day an entry last changed in substance: its `updated`, a later correction, or else its
 * start day (the schema's rule for an entry that was never updated).
 */
export function lastUpdated(e: ChronicleEvent): string {
  const days = [e.data.updated, ...e.data.corrections.map((c) => c.date)]
    .filter((d): d is string => Boolean(d))
    .map(asDay);
  return days.length ? days.sort().at(-1)! : e.start.day;
}

/** The moment as the contract writes it in local time: `2022-01-05`, `2022-01-05T16:37`. */
export function localIso(m: LocalMoment): string {
  return m.time ? `${m.day}T${m.time}` : m.day;
}

/** Coordinates in GeoJSON and CSV: six decimals (about 10 cm), never more than the source has. */
export function coord(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
