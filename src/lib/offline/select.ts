/**
 * Which files the service worker stores when the reader asks to save the site. The build sorts the
 * candidates by priority (precache.ts); this picks, in that order, as many as the budget allows, of
 * the languages the reader chose. It runs twice: at build time, to keep the manifest short and to
 * tell the reader the size before asking, and in the service worker (src/service-worker/), which
 * is told the languages by the page.
 */

/** One file the service worker may store. */
export interface PrecacheEntry {
  /** Relative to the site's root, as the browser requests it: "kk/timeline/", "_astro/x.css". */
  url: string;
  /** Bytes on disk. */
  size: number;
  /** The start of its sha256: an unchanged file is copied from the previous version's cache, not downloaded again. */
  hash: string;
  /** Priority class, 0 first; tier 0 (the shell) is always stored, whatever the budget. */
  tier: number;
  /** Language of the file, or "" for files every language uses. */
  lang: string;
}

/**
 * The entries to store, in order: what every language shares and what the chosen languages have,
 * tier by tier; nothing of the other languages (the reader asked for these, and pays for the
 * bytes). The budget counts what comes beyond the shell; an entry that no longer fits is skipped,
 * and smaller ones after it may still fit. With no language given, every language is stored.
 */
export function selectPrecache(
  entries: readonly PrecacheEntry[],
  budget: number,
  langs: readonly string[],
): PrecacheEntry[] {
  const wanted = (e: PrecacheEntry) => langs.length === 0 || e.lang === '' || langs.includes(e.lang);
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => wanted(entry))
    .sort((a, b) => a.entry.tier - b.entry.tier || a.index - b.index);
  const chosen: PrecacheEntry[] = [];
  let total = 0;
  for (const { entry } of ordered) {
    if (entry.tier === 0) chosen.push(entry);
    else if (total + entry.size <= budget) {
      chosen.push(entry);
      total += entry.size;
    }
  }
  return chosen;
}
