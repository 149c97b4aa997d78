import type { Chronicle, ChronicleEvent } from './chronicle.ts';

/** Events at a place: at the place itself, or at any place inside it when it is a region or the country. */
export function eventsAtPlace(chronicle: Chronicle, placeId: string): ChronicleEvent[] {
  const place = chronicle.places.get(placeId);
  if (!place) return [];
  if (place.kind === 'country') return chronicle.events.filter((e) => e.place.id === placeId);
  return chronicle.events.filter((e) => e.place.id === placeId || e.region?.id === placeId);
}

/** The places inside a region that have events of their own: its page lists them and maps them. */
export function placesWithin(chronicle: Chronicle, placeId: string) {
  return [...chronicle.places.values()].filter(
    (p) => p.region === placeId && eventsAtPlace(chronicle, p.id).length > 0,
  );
}
