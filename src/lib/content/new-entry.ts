/**
 * Helpers of `npm run new` that are worth testing alone: finding a place from what a person types
 * (an id, or a name in any of the three languages, typed on whatever keyboard), finding sources,
 * and naming the flag that a schema field comes from.
 */
import type { PlaceData } from '../../schema/place.ts';
import { searchFold } from '../fold.ts';

/** Kazakh letters typed on a Russian keyboard, and ё, fold to one spelling for comparison. */
const fold = (s: string) => searchFold(s.trim()).replace(/[\s_]+/g, '-');

export function findPlace(answer: string, places: readonly PlaceData[]): { place?: PlaceData; suggestions: string[] } {
  const a = fold(answer);
  if (!a) return { suggestions: [] };
  const names = (p: PlaceData) => [p.id, p.name.kk, p.name.ru, p.name.en].map(fold);
  const exact = places.filter((p) => names(p).includes(a));
  if (exact.length === 1) return { place: exact[0], suggestions: [] };
  const near = exact.length ? exact : places.filter((p) => names(p).some((n) => n.includes(a) || (a.length >= 4 && a.includes(n))));
  return { suggestions: near.slice(0, 6).map((p) => p.id) };
}

/** The first id that is not a source, with ids that resemble it. */
export function findSources(ids: readonly string[], sources: readonly { id: string }[]): { unknown?: string; suggestions: string[] } {
  const known = new Set(sources.map((s) => s.id));
  const unknown = ids.find((id) => !known.has(id));
  if (!unknown) return { suggestions: [] };
  const words = unknown.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  const scored = sources
    .map((s) => ({ id: s.id, score: words.filter((w) => s.id.includes(w)).length }))
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  return { unknown, suggestions: scored.slice(0, 5).map((s) => s.id) };
}

const FLAGS: Record<string, string> = {
  title: '--title',
  summary: '--summary',
  lang: '--lang',
  type: '--type',
  start: '--date',
  end: '--end',
  timePrecision: '--precision',
  place: '--place',
  sources: '--source',
  verification: '--verification',
  actors: '--actors',
  rights: '--rights',
};

/** The flag of `npm run new` behind a field path; the id's problems belong to --slug and --date. */
export function flagOfField(path: readonly PropertyKey[]): string {
  if (!path.length) return '--date/--slug';
  return FLAGS[String(path[0])] ?? path.map(String).join('.');
}
