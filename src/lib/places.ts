import type { Chronicle, ChronicleEvent } from './chronicle.ts';

/** Events at a place: at the place itself, or at any place inside it when it is a region or the country. */
export function eventsAtPlace(chronicle: Chronicle, placeId: string): ChronicleEvent[] {
  const place = chronicle.places.get(placeId);
  if (!place) return [];
  if (place.kind === 'country') return chronicle.events.filter((e) => e.place.id === placeId);
  return chronicle.events.filter((e) => e.place.id === placeId || e.region?.id === placeId);
}
