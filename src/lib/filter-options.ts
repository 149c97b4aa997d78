/**
 * What the filters of a chronicle can offer: only the values that occur in it, and the span of its
 * days. Computed once per chronicle (every page of the timeline shows the filters, and at
 * thousands of entries a scan per page is most of the build).
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
import type { PlaceData } from '../schema/index.ts';
import type { Chronicle } from './chronicle.ts';

export interface FilterOptions {
  types: EventType[];
  rights: Right[];
  actors: Actor[];
  verification: Verification[];
  /** Places and regions that an event names (its place, or the region it lies in). */
  places: PlaceData[];
  /** Months (YYYY-MM) in which an event starts, in order. */
  months: string[];
  /** The first day an event starts and the last day an event starts or ends. */
  first?: string;
  last?: string;
}

const memo = new WeakMap<Chronicle, FilterOptions>();

export function filterOptions(chronicle: Chronicle): FilterOptions {
  const known = memo.get(chronicle);
  if (known) return known;
  const types = new Set<string>();
  const rights = new Set<string>();
  const actors = new Set<string>();
  const verification = new Set<string>();
  const placeIds = new Set<string>();
  const months = new Set<string>();
  let last: string | undefined;
  for (const e of chronicle.events) {
    types.add(e.data.type);
    for (const r of e.data.rights) rights.add(r);
    for (const a of e.data.actors) actors.add(a);
    verification.add(e.data.verification);
    placeIds.add(e.place.id);
    if (e.region) placeIds.add(e.region.id);
    months.add(e.start.day.slice(0, 7));
    const end = e.end?.day ?? e.start.day;
    if (!last || end > last) last = end;
  }
  const options: FilterOptions = {
    types: EVENT_TYPES.filter((v) => types.has(v)),
    rights: RIGHTS.filter((v) => rights.has(v)),
    actors: ACTORS.filter((v) => actors.has(v)),
    verification: VERIFICATION.filter((v) => verification.has(v)),
    places: [...chronicle.places.values()].filter((p) => placeIds.has(p.id)),
    months: [...months].sort(),
    ...(chronicle.events.length ? { first: chronicle.events[0]!.start.day, last } : {}),
  };
  memo.set(chronicle, options);
  return options;
}
