/**
 * Which files the service worker stores when it installs. The build sorts the candidates by
 * priority (precache.ts); this picks, in that order, as many as the budget allows, the reader's
 * own language first. It runs twice: at build time, to keep the manifest short, and in the
 * service worker, which knows the reader's language. scripts/offline.ts copies its source into
 * dist/sw.js, so it must stay self-contained: no imports, no outside names.
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
 * The entries to store, in order: everything shared and everything in the reader's languages
 * tier by tier, then the other languages' home and section pages (so switching language offline
 * still works), then the rest of the other languages. The budget counts what comes beyond the
 * shell; an entry that no longer fits is skipped, and smaller ones after it may still fit. With
 * no reader language, tiers alone order.
 */
export function selectPrecache(entries: readonly PrecacheEntry[], budget: number, readerLangs: readonly string[]): PrecacheEntry[] {
  const later = (e: PrecacheEntry) => (readerLangs.length > 0 && e.lang !== '' && !readerLangs.includes(e.lang) && e.tier > 1 ? 1 : 0);
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => later(a.entry) - later(b.entry) || a.entry.tier - b.entry.tier || a.index - b.index);
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
