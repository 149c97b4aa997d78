/**
 * Shared state of the explore elements on one page: the filters (kept in the URL query), the
 * event index and the text chunks, each fetched once. Filters, lists and map all read from here,
 * so they always agree.
 */
import { applyFilters, isEmpty, parseFilters, serializeFilters, type FilterState } from '../../lib/filters.ts';
import {
  chunksOf,
  decodeIndex,
  type ExploreEvent,
  type ExploreIndex,
  type TextChunk,
} from '../../lib/explore-index.ts';
import { withBase } from '../../lib/urls.ts';
import type { Lang } from '../../schema/enums.ts';

export interface Explore {
  raw: ExploreIndex;
  events: ExploreEvent[];
}

let state: FilterState = parseFilters(location.search);
const extra = new Map<string, string>();
for (const key of ['at', 'event', 'show', 'what']) {
  const v = new URLSearchParams(location.search).get(key);
  if (v) extra.set(key, v);
}
export const changes = new EventTarget();

export const filters = () => state;
export const param = (key: string) => extra.get(key);

function writeUrl() {
  const query = serializeFilters(state, Object.fromEntries(extra));
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
}

export function setFilters(next: FilterState) {
  state = next;
  writeUrl();
  changes.dispatchEvent(new Event('filters'));
}

/** Other view state kept in the URL beside the filters (the map's `at`, `event`, `show` and `what`). */
export function setParam(key: string, value: string | undefined) {
  if (value) extra.set(key, value);
  else extra.delete(key);
  writeUrl();
}

/** What the map shows: events, or people (`?show=people`) filtered by what happened (`?what=`). */
export function setLayer(show: 'events' | 'people', what: string[]) {
  extra.set('show', show);
  if (show === 'events') extra.delete('show');
  if (what.length) extra.set('what', what.join(','));
  else extra.delete('what');
  writeUrl();
  changes.dispatchEvent(new Event('layer'));
}

let index: Promise<Explore> | undefined;
export function loadIndex(): Promise<Explore> {
  index ??= fetch(withBase('data/explore/index.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`index: HTTP ${r.status}`);
      return r.json() as Promise<ExploreIndex>;
    })
    .then((raw) => ({ raw, events: decodeIndex(raw) }));
  return index;
}

const chunks = new Map<string, Promise<TextChunk>>();
export function loadChunk(lang: Lang, n: number): Promise<TextChunk> {
  const key = `${lang}/${n}`;
  let p = chunks.get(key);
  if (!p) {
    p = fetch(withBase(`data/explore/${lang}/${n}.json`)).then((r) => {
      if (!r.ok) throw new Error(`texts ${key}: HTTP ${r.status}`);
      return r.json() as Promise<TextChunk>;
    });
    p.catch(() => chunks.delete(key));
    chunks.set(key, p);
  }
  return p;
}

/** The texts of some events, with the day labels they need. */
export async function textsOf(lang: Lang, events: readonly ExploreEvent[], size: number) {
  const wanted = chunksOf(events, size);
  const loaded = await Promise.all(wanted.map((n) => loadChunk(lang, n)));
  const byChunk = new Map(wanted.map((n, i) => [n, loaded[i]!]));
  return {
    text: (e: ExploreEvent) => byChunk.get(Math.floor(e.n / size))!.texts[e.n % size]!,
    day: (e: ExploreEvent) => byChunk.get(Math.floor(e.n / size))!.days[e.day]!,
  };
}

export function matching(all: readonly ExploreEvent[]): ExploreEvent[] {
  return applyFilters(all, state);
}

/** What part of the chronology the map shows (set by the map as it moves; everything until then). */
let view: ((e: ExploreEvent) => boolean) | undefined;
export const inView = (e: ExploreEvent) => !view || view(e);
export function setView(next: (e: ExploreEvent) => boolean) {
  view = next;
  changes.dispatchEvent(new Event('view'));
}

export { isEmpty };
