/**
 * The one filter model of the site: timeline, map, search and embeds all read and write the same
 * URL query (`?type=detention,casualty&place=almaty&from=2022-01-04&to=2022-01-07`) and match
 * events with the same function. Pure and small: it also runs in the browser.
 */
import {
  ACTORS,
  EVENT_TYPES,
  RIGHTS,
  VERIFICATION,
  type Actor,
  type EventType,
  type Right,
  type Verification,
} from '../schema/enums.ts';
import type { ChronicleEvent } from './chronicle.ts';
import { DAY_RE as DAY } from '../schema/patterns.ts';

export interface FilterState {
  type: EventType[];
  /** Place or region ids: an event matches its own place or the region it lies in. */
  place: string[];
  right: Right[];
  actor: Actor[];
  verification: Verification[];
  /** Local days, inclusive. */
  from?: string;
  to?: string;
}

/** What filtering needs to know of an event: small enough to ship to the browser for thousands. */
export interface FilterableEvent {
  id: string;
  type: EventType;
  place: string;
  region?: string;
  rights: Right[];
  actors: Actor[];
  verification: Verification;
  /** Local start day. */
  day: string;
  /** Local end day, for events that span days. */
  endDay?: string;
}

export const LIST_KEYS = ['type', 'place', 'right', 'actor', 'verification'] as const;

export function emptyFilters(): FilterState {
  return { type: [], place: [], right: [], actor: [], verification: [] };
}

export function toFilterable(e: ChronicleEvent): FilterableEvent {
  return {
    id: e.id,
    type: e.data.type,
    place: e.place.id,
    ...(e.region && e.region.id !== e.place.id ? { region: e.region.id } : {}),
    rights: e.data.rights,
    actors: e.data.actors,
    verification: e.data.verification,
    day: e.start.day,
    ...(e.end && e.end.day !== e.start.day ? { endDay: e.end.day } : {}),
  };
}

function pick<T extends string>(raw: string | null, allowed: readonly T[] | null): T[] {
  if (!raw) return [];
  const values = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const kept = allowed ? values.filter((v): v is T => (allowed as readonly string[]).includes(v)) : (values as T[]);
  return [...new Set(kept)];
}

/**
 * Reads a query string; unknown values are dropped (a shared link never breaks the page). A key
 * may hold a comma-separated list or be repeated (as a plain HTML form sends it).
 */
export function parseFilters(search: string | URLSearchParams): FilterState {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  const all = (key: string) => q.getAll(key).join(',');
  return {
    type: pick(all('type'), EVENT_TYPES),
    place: pick(all('place'), null).filter((p) => /^[a-z0-9-]+$/.test(p)),
    right: pick(all('right'), RIGHTS),
    actor: pick(all('actor'), ACTORS),
    verification: pick(all('verification'), VERIFICATION),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
  };
}

/** The canonical query string for a state ("" when nothing is filtered), keys in a fixed order. */
export function serializeFilters(state: FilterState, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const key of LIST_KEYS) if (state[key].length) q.set(key, state[key].join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function isEmpty(state: FilterState): boolean {
  return LIST_KEYS.every((k) => state[k].length === 0) && !state.from && !state.to;
}

const any = <T>(wanted: readonly T[], have: readonly T[]) =>
  wanted.length === 0 || wanted.some((w) => have.includes(w));

/** True when the event passes every active filter (values within one filter are alternatives). */
export function matches(e: FilterableEvent, f: FilterState): boolean {
  if (f.type.length && !f.type.includes(e.type)) return false;
  if (f.verification.length && !f.verification.includes(e.verification)) return false;
  if (f.place.length && !f.place.includes(e.place) && !(e.region && f.place.includes(e.region))) return false;
  if (!any(f.right, e.rights) || !any(f.actor, e.actors)) return false;
  // an event spanning days matches a range it overlaps
  if (f.from && (e.endDay ?? e.day) < f.from) return false;
  if (f.to && e.day > f.to) return false;
  return true;
}

export function applyFilters<T extends FilterableEvent>(events: readonly T[], f: FilterState): T[] {
  return isEmpty(f) ? [...events] : events.filter((e) => matches(e, f));
}
