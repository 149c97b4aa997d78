/**
 * The service worker. It downloads nothing the reader did not ask for:
 *
 * - install: stores the offline page only, and carries over from the previous version what this
 *   device kept: the pages the reader opened and the languages the reader saved, unchanged files
 *   copied, changed ones downloaded again.
 * - message "keep" { urls }: the page that registered the worker was loaded before the worker
 *   could see it; it names itself and the files it loaded, which are kept (from the browser's
 *   HTTP cache, so at almost no cost) like every page opened later.
 * - fetch: answers from the cache (query strings ignored: the site is static), otherwise from the
 *   network, keeping each page and file as it is opened, asked or not; an uncached page asked for
 *   offline leads to the offline page.
 * - message "save" { langs }: the reader asked to save the site in these languages; stores them
 *   (select.ts: tier by tier, within the budget), telling open pages how far it got, and
 *   remembers the choice so that later versions keep it up to date.
 * - activate: deletes this site's older caches and takes control of open pages.
 * - message "skip-waiting": a page's reload button moves a waiting new version in.
 */
import { selectPrecache, type PrecacheEntry } from '../lib/offline/select.ts';
import { CHOICE_URL, choiceCacheName } from '../lib/offline/choice.ts';

// The service-worker types that TypeScript's DOM library lacks, as far as this file uses them.
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
export interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
export interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerClient {
  url: string;
  postMessage(message: unknown): void;
}
export interface WorkerScope {
  location: { href: string };
  caches: CacheStorage;
  clients: {
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly WorkerClient[]>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

export interface WorkerConfig {
  /** Changes with the site's content (precache.ts siteVersion). */
  version: string;
  /** The manifest's file name, beside sw.js. */
  manifest: string;
  langs: string[];
}

/** Messages the worker sends to open pages. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; version: string }
  | { type: 'saved'; langs: string[]; version: string }
  | { type: 'save-failed'; version: string };

/** Messages pages send to the worker. */
export type PageMessage =
  { type: 'save'; langs: string[] } | { type: 'keep'; urls: string[] } | { type: 'skip-waiting' };

/** The files the offline page needs are kept with the first page; the page itself is all install stores. */
const OFFLINE_PAGE = 'offline/';
/** At most this many files per "keep" message: a page loads a few dozen. */
const KEEP_MAX = 200;

type ManifestRow = [string, number, string, number, string];

export function serviceWorker(sw: WorkerScope, config: WorkerConfig): void {
  // The site's root is the folder sw.js is served from: "/", "/qantar/", or any folder the copy is in.
  const root = new URL('./', sw.location.href).href;
  const rootPath = new URL(root).pathname;
  const prefix = `qantar:${rootPath}:`; // one site's caches, even beside another copy on the same host
  const cacheName = `${prefix}${config.version}`;
  const HASH_HEADER = 'x-qantar-hash';
  const PARALLEL = 6;
  const at = (url: string) => new URL(url, root).href;
  let manifest: Promise<{ budget: number; entries: PrecacheEntry[] }> | undefined;

  const windows = () => sw.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  const tellAll = async (message: WorkerMessage) => {
    for (const client of await windows()) client.postMessage(message);
  };

  /** This version's manifest: from the cache once installed, from the network while installing. */
  function readManifest() {
    manifest ??= (async () => {
      const url = at(config.manifest);
      const cache = await sw.caches.open(cacheName);
      let response = await cache.match(url);
      if (!response) {
        response = await sw.fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`offline manifest: ${response.status}`);
        await cache.put(url, response.clone());
      }
      const { budget, entries } = (await response.json()) as { budget: number; entries: ManifestRow[] };
      return {
        budget,
        entries: entries.map(([url, size, hash, tier, lang]): PrecacheEntry => ({ url, size, hash, tier, lang })),
      };
    })();
    manifest.catch(() => (manifest = undefined)); // a failed read is tried again next time
    return manifest;
  }

  async function savedLangs(): Promise<string[] | null> {
    // Looked up across caches, so that merely asking never creates the choice's cache.
    const saved = await sw.caches.match(at(CHOICE_URL));
    return saved ? ((await saved.json()) as { langs: string[] }).langs : null;
  }

  /** Stores one file in `cache`: copied from any older cache when unchanged, downloaded otherwise. */
  async function store(cache: Cache, entry: PrecacheEntry): Promise<void> {
    const url = at(entry.url);
    const previous = await sw.caches.match(url);
    if (previous && previous.headers.get(HASH_HEADER) === entry.hash) return cache.put(url, previous);
    const response = await sw.fetch(url, { cache: 'no-cache' });
    if (response.status !== 200) throw new Error(`${response.status} ${url}`);
    const headers = new Headers(response.headers);
    headers.set(HASH_HEADER, entry.hash);
    // A new Response: it carries the hash, and never the "redirected" flag that navigations refuse.
    return cache.put(
      url,
      new Response(await response.blob(), { status: 200, statusText: response.statusText, headers }),
    );
  }

  /**
   * Stores the entries a few at a time; `progress` is called after each. Only the shell is worth
   * failing for; the rest is counted as missed (and fetched on first use) and the count returned.
   */
  async function storeAll(
    cache: Cache,
    entries: readonly PrecacheEntry[],
    progress?: (done: number) => Promise<void>,
  ): Promise<number> {
    let next = 0;
    let done = 0;
    let missed = 0;
    const lane = async () => {
      while (next < entries.length) {
        const entry = entries[next++]!;
        try {
          await store(cache, entry);
        } catch {
          // One retry; then a missing page is left to be fetched on first use.
          await store(cache, entry).catch((again: unknown) => {
            if (entry.tier === 0) throw again;
            missed++;
          });
        }
        await progress?.(++done);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, lane));
    return missed;
  }

  /** What the previous versions of this site kept on this device: the URLs the reader opened. */
  async function keptUrls(): Promise<Set<string>> {
    const urls = new Set<string>();
    for (const key of await sw.caches.keys()) {
      if (!key.startsWith(prefix) || key === cacheName) continue;
      for (const request of await (await sw.caches.open(key)).keys()) urls.add(request.url);
    }
    return urls;
  }

  async function install(): Promise<void> {
    const { budget, entries } = await readManifest();
    const langs = await savedLangs();
    const kept = await keptUrls();
    const wanted = new Set<PrecacheEntry>(entries.filter((e) => e.url === OFFLINE_PAGE || kept.has(at(e.url))));
    if (langs) for (const e of selectPrecache(entries, budget, langs)) wanted.add(e);
    await storeAll(await sw.caches.open(cacheName), [...wanted]);
  }

  async function save(langs: string[]): Promise<void> {
    try {
      const { budget, entries } = await readManifest();
      const chosen = selectPrecache(
        entries,
        budget,
        langs.filter((l) => config.langs.includes(l)),
      );
      const cache = await sw.caches.open(cacheName);
      let told = -1;
      const missed = await storeAll(cache, chosen, async (done) => {
        const percent = Math.floor((done * 100) / chosen.length);
        if (percent < told + 5 && done < chosen.length) return;
        told = percent;
        await tellAll({ type: 'progress', done, total: chosen.length, version: config.version });
      });
      // What was stored stays; the choice is recorded only once all of it is there.
      if (missed) throw new Error(`${missed} of ${chosen.length} files could not be saved`);
      const choice = JSON.stringify({ langs, version: config.version });
      await (
        await sw.caches.open(choiceCacheName(rootPath))
      ).put(at(CHOICE_URL), new Response(choice, { headers: { 'content-type': 'application/json' } }));
      await tellAll({ type: 'saved', langs, version: config.version });
    } catch (error) {
      await tellAll({ type: 'save-failed', version: config.version });
      throw error;
    }
  }

  /** Keeps files a page already loaded; the manifest's hash is attached when it lists them. */
  async function keep(urls: readonly string[]): Promise<void> {
    const { entries } = await readManifest();
    const byUrl = new Map(entries.map((e) => [at(e.url), e]));
    const cache = await sw.caches.open(cacheName);
    const inSite = [
      ...new Set(
        urls
          .map((u) => new URL(u, root))
          .filter((u) => u.href.startsWith(root))
          .map((u) => `${u.origin}${u.pathname}`),
      ),
    ];
    for (const url of inSite.slice(0, KEEP_MAX)) {
      if (await cache.match(url)) continue;
      const entry = byUrl.get(url);
      if (entry) await store(cache, entry).catch(() => undefined);
    }
  }

  async function activate(): Promise<void> {
    for (const key of await sw.caches.keys())
      if (key.startsWith(prefix) && key !== cacheName) await sw.caches.delete(key);
    await sw.clients.claim();
  }

  async function respond(event: FetchEvent): Promise<Response> {
    const request = event.request;
    const cache = await sw.caches.open(cacheName);
    const cached =
      (await cache.match(request, { ignoreSearch: true })) ??
      (request.url.endsWith('/index.html')
        ? await cache.match(request.url.slice(0, -'index.html'.length), { ignoreSearch: true })
        : undefined);
    if (cached) return cached;
    try {
      const response = await sw.fetch(request);
      // Kept as opened: only whole, same-origin, unredirected answers (a redirected one would be
      // refused for a navigation).
      if (response.status === 200 && !response.redirected && (response.type === 'basic' || response.type === 'default'))
        event.waitUntil(cache.put(request, response.clone()));
      return response;
    } catch (error) {
      // Sent to the offline page rather than shown its text here: its links are relative in the copy.
      if (request.mode === 'navigate' && (await cache.match(at('offline/'))))
        return Response.redirect(at('offline/'), 302);
      throw error;
    }
  }

  sw.addEventListener('install', (event) => event.waitUntil(install()));
  sw.addEventListener('activate', (event) => event.waitUntil(activate()));
  sw.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET' || !request.url.startsWith(root)) return;
    const path = request.url.slice(root.length);
    // The zip is a download, not something to keep twice; offline.json says what saving costs now.
    if (path.startsWith('download/') || path.startsWith('offline.json')) return;
    event.respondWith(respond(event));
  });
  sw.addEventListener('message', (event) => {
    const data = event.data as PageMessage | null;
    if (data?.type === 'skip-waiting') event.waitUntil(sw.skipWaiting());
    else if (data?.type === 'save' && Array.isArray(data.langs)) event.waitUntil(save(data.langs.map(String)));
    else if (data?.type === 'keep' && Array.isArray(data.urls)) event.waitUntil(keep(data.urls.map(String)));
  });
}
