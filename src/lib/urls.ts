/** Site-internal URLs. Every link goes through here so the site also works under a sub-path. */
import type { Lang } from '../schema/enums.ts';

const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** Prefixes a root-relative path ("kk/events/x/") with the configured base ("/" or "/qantar/"). */
export function withBase(path: string, base: string = BASE): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** A page in one language: localePath('ru', 'events/x/') -> "/ru/events/x/". */
export function localePath(lang: Lang, path = '', base: string = BASE): string {
  return withBase(`${lang}/${path.replace(/^\//, '')}`, base);
}

export const paths = {
  event: (id: string) => `events/${id}/`,
  day: (day: string) => `days/${day}/`,
  place: (id: string) => `places/${id}/`,
  source: (id: string) => `sources/${id}/`,
  type: (type: string) => `types/${type}/`,
};

/** The published, re-encoded copy of an entry's photo. */
export function mediaPath(eventId: string, file: string): string {
  return `media/${eventId}/${file.replace(/\.[a-z]+$/i, '')}.webp`;
}
