/**
 * What the service worker and the pages share about the reader's choice to save the site: where
 * it is kept (a cache of its own per copy of the site, which pages can read too), and what the
 * build publishes about sizes (dist/offline.json).
 */

/** The cache holding the choice, per copy: "/", "/qantar/" or any folder the copy is served from. */
export function choiceCacheName(rootPath: string): string {
  return `qantar-choice:${rootPath}`;
}

/** The choice's URL, relative to the site's root: { langs, version }. */
export const CHOICE_URL = 'offline-choice.json';

/** dist/offline.json: sizes per choice of languages, keyed "kk", "kk,ru"… in the site's language order, "" for all. */
export interface OfflineSizes {
  version: string;
  budget: number;
  sizes: Record<string, { count: number; bytes: number }>;
}

/** The key of a choice in OfflineSizes: the chosen languages in the site's order. */
export function choiceKey(chosen: readonly string[], langs: readonly string[]): string {
  return langs.filter((l) => chosen.includes(l)).join(',');
}

/** Whether to offer saving on its own, on any page: never when the reader's browser asks to save data, or after "Not now" or a save. */
export function shouldOffer(state: { saveData: boolean; declined: boolean; saved: boolean }): boolean {
  return !state.saveData && !state.declined && !state.saved;
}
