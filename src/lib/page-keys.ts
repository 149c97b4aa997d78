/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs). A
 * page returned by getStaticPaths with a `cacheKey` is copied from the previous build, not rendered
 * again, when its key and the code it is built from are both unchanged (Astro hashes the page's
 * modules itself). So a key must change whenever anything the page shows changes: each one here
 * is a hash of every record the page reads, never a guess at which of their fields it prints.
 *
 * - Every key holds the site-wide records pages read beside their own: every place (an entry's
 *   point falls back to the country's), the spellings search adds to each page, and the site's
 *   settings from the environment (src/site.config.ts: the repository a correction is proposed to,
 *   the contact addresses).
 * - An entry is its record, place, region, texts and the sources it cites, with the stored digest
 *   of each of its files (the Markdown bodies are read from those files, not from the record).
 * - An entry's page adds the entries it links as related and the people records that name it.
 * - A source's page adds the entries that cite it.
 * - A page of a list (a day's, a type's, a place's) is the entries it shows and where it stands
 *   among the list's pages: its number, how many there are, the list's length, its neighbours, and
 *   for a place its time zones and the places within it.
 * - An entry written in MDX, or with photos, has no key: its text may quote sources and link
 *   entries by name, and its photos go through the image pipeline, so its pages are rendered on
 *   every build.
 *
 * A full build (the deploy workflow's, on a fresh machine) has no previous build to reuse.
 */
import { createHash } from 'node:crypto';
import type { Chronicle, ChronicleEvent, SourceRecord } from './chronicle.ts';
import { peopleByEvent, type PersonRecord } from './people.ts';

/** What the content store says of an entry's files: their digests, and whether all are plain Markdown. */
export interface EntryFiles {
  /** The stored digest of index.md and of each translation (Astro's, of each file's whole text). */
  digests: string[];
  /** False when a file is MDX or the entry has photos. */
  plain: boolean;
}

export interface PageKeysInput {
  chronicle: Chronicle;
  people: readonly PersonRecord[];
  /** The spellings search joins (src/lib/search/terms.ts), which every searchable page carries. */
  searchGroups: readonly (readonly string[])[];
  /** src/site.config.ts's settings, which the environment of the build may change. */
  settings: unknown;
  /** Per event id. */
  eventFiles: ReadonlyMap<string, EntryFiles>;
  /** Per source id: the stored digest of its file (its body is shown on its page). */
  sourceDigests: ReadonlyMap<string, string>;
}

/** Each gives undefined for a page rendered on every build. */
export interface PageKeys {
  /** The key of an entry's page in any language. */
  event(e: ChronicleEvent): string | undefined;
  /** The key of a source's page in any language. */
  source(s: SourceRecord): string | undefined;
  /** The key of a page listing `events`, with whatever else it shows (its place among the list's pages). */
  list(events: readonly ChronicleEvent[], ...shown: unknown[]): string | undefined;
}

/** For a build that keeps no record for the next (src/incremental.ts): every page is rendered. */
export const NO_PAGE_KEYS: PageKeys = { event: () => undefined, source: () => undefined, list: () => undefined };

/**
 * A photo's `image` is Astro's record of the original file, a proxy that marks the original for
 * publishing, EXIF and all, as soon as any of its fields is read (src/components/EventMedia.astro).
 * It is never read here: the media record's sha256 names the file's content instead.
 */
const withoutImages = (key: string, value: unknown) => (key === 'image' ? undefined : value);

/** A short, stable hash of values as JSON. */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, withoutImages)).digest('base64url').slice(0, 32);
}

export function makePageKeys(input: PageKeysInput): PageKeys {
  const { chronicle } = input;
  const site = digestOf([...chronicle.places.values()], input.searchGroups, input.settings);
  // the same lists, in the same order, as the entry's page reads
  const people = peopleByEvent(input.people);
  const entries = new Map<string, string>();
  const entry = (e: ChronicleEvent): string => {
    let key = entries.get(e.id);
    if (key === undefined) {
      const files = input.eventFiles.get(e.id);
      if (!files) throw new Error(`page keys: no stored files for the entry "${e.id}"`);
      key = digestOf(e, files.digests);
      entries.set(e.id, key);
    }
    return key;
  };
  return {
    event(e) {
      if (!input.eventFiles.get(e.id)?.plain) return undefined;
      const related = e.data.related.flatMap((id) => {
        const r = chronicle.byId.get(id);
        return r ? [entry(r)] : [];
      });
      return digestOf(site, entry(e), related, people.get(e.id) ?? []);
    },
    source(s) {
      const digest = input.sourceDigests.get(s.id);
      if (digest === undefined) throw new Error(`page keys: no stored file for the source "${s.id}"`);
      return digestOf(site, s, digest, (chronicle.citing.get(s.id) ?? []).map(entry));
    },
    list(events, ...shown) {
      return digestOf(site, events.map(entry), shown);
    },
  };
}
