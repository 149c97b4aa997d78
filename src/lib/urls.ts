/** Site-internal URLs. Every link goes through here so the site also works under a sub-path. */
import type { Lang } from '../schema/enums.ts';

/**
 * In the browser the base is read from the page itself (its icon link, written with withBase):
 * the downloadable copy makes every link relative and may be served from any folder, where the
 * base the site was built with no longer holds. At build time it is the configured base.
 */
function pageBase(): string | undefined {
  const icon = (globalThis as { document?: Document }).document?.querySelector<HTMLLinkElement>('link[rel~="icon"]');
  return icon?.href ? new URL('./', icon.href).pathname : undefined;
}

const BASE: string = pageBase() ?? (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** Prefixes a root-relative path ("kk/events/x/") with the configured base ("/" or "/qantar/"). */
export function withBase(path: string, base: string = BASE): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** A page in one language: localePath('ru', 'events/x/') -> "/ru/events/x/". */
export function localePath(lang: Lang, path = '', base: string = BASE): string {
  return withBase(`${lang}/${path.replace(/^\//, '')}`, base);
}

/**
 * A site path as readers may copy it: absolute on the configured public address, or the path
 * itself when the build has none (a relative link still works; a made-up host would not).
 */
export function absoluteUrl(path: string, site: URL | string | null | undefined): string {
  return site ? new URL(path, site).href : path;
}

export const paths = {
  event: (id: string) => `events/${id}/`,
  person: (id: string) => `people/${id}/`,
  day: (day: string) => `days/${day}/`,
  place: (id: string) => `places/${id}/`,
  source: (id: string) => `sources/${id}/`,
  type: (type: string) => `types/${type}/`,
};
