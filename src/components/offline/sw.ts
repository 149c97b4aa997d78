/**
 * The service worker, written as one function: scripts/offline.ts copies its source into
 * dist/sw.js with this build's configuration, so sw.js changes (and browsers offer the update)
 * exactly when the site's content does. The function must stay self-contained: it runs alone in
 * the worker, with only its arguments.
 *
 * - install: reads the manifest, picks what to store (select.ts: the shell always, then the
 *   reader's language first, within the budget), copies unchanged files from the previous version's
 *   cache and downloads the rest, telling open pages how far it got.
 * - activate: deletes this site's older caches and takes control of open pages.
 * - fetch: answers from the cache (query strings ignored: the site is static), otherwise from the
 *   network, keeping what it fetched for the next time offline; an uncached page asked for
 *   offline leads to the offline page.
 * - message "skip-waiting": a page's reload button moves a waiting new version in.
 */
import type { PrecacheEntry, selectPrecache } from '../../lib/offline/select.ts';

// The service-worker types that TypeScript's DOM library lacks, as far as this file uses them.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerClient {
  url: string;
  postMessage(message: unknown): void;
}
export interface WorkerScope {
  location: { href: string };
  caches: CacheStorage;
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly WorkerClient[]>; claim(): Promise<void> };
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
export type WorkerMessage = { type: 'progress'; done: number; total: number; version: string };

export function serviceWorker(sw: WorkerScope, config: WorkerConfig, select: typeof selectPrecache): void {
  // The site's root is the folder sw.js is served from: "/", "/qantar/", or any folder the copy is in.
  const root = new URL('./', sw.location.href).href;
  const prefix = `qantar:${new URL(root).pathname}:`; // one site's caches, even beside another copy on the same host
  const cacheName = `${prefix}${config.version}`;
  const HASH_HEADER = 'x-qantar-hash';
  const PARALLEL = 6;
  const at = (url: string) => new URL(url, root).href;

  const windows = () => sw.clients.matchAll({ includeUncontrolled: true, type: 'window' });

  /** The languages of the pages open now: the page that registered the worker tells whose device this is. */
  async function readerLangs(): Promise<string[]> {
    const langs = (await windows()).map((c) => (c.url.startsWith(root) ? c.url.slice(root.length).split('/')[0]! : ''));
    return [...new Set(langs.filter((l) => config.langs.includes(l)))];
  }

  async function store(cache: Cache, entry: PrecacheEntry): Promise<void> {
    const url = at(entry.url);
    const previous = await sw.caches.match(url);
    if (previous && previous.headers.get(HASH_HEADER) === entry.hash) return cache.put(url, previous);
    const response = await sw.fetch(url, { cache: 'no-cache' });
    if (response.status !== 200) throw new Error(`${response.status} ${url}`);
    const headers = new Headers(response.headers);
    headers.set(HASH_HEADER, entry.hash);
    // A new Response: it carries the hash, and never the "redirected" flag that navigations refuse.
    return cache.put(url, new Response(await response.blob(), { status: 200, statusText: response.statusText, headers }));
  }

  async function install(): Promise<void> {
    const response = await sw.fetch(at(config.manifest), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`offline manifest: ${response.status}`);
    const manifest = (await response.json()) as { budget: number; entries: [string, number, string, number, string][] };
    const entries = manifest.entries.map(([url, size, hash, tier, lang]): PrecacheEntry => ({ url, size, hash, tier, lang }));
    const chosen = select(entries, manifest.budget, await readerLangs());
    const cache = await sw.caches.open(cacheName);
    let next = 0;
    let done = 0;
    let told = -1;
    const tell = async () => {
      const percent = Math.floor((done * 100) / chosen.length);
      if (percent < told + 5 && done < chosen.length) return;
      told = percent;
      const message: WorkerMessage = { type: 'progress', done, total: chosen.length, version: config.version };
      for (const client of await windows()) client.postMessage(message);
    };
    const lane = async () => {
      while (next < chosen.length) {
        const entry = chosen[next++]!;
        try {
          await store(cache, entry);
        } catch (error) {
          // One retry; then only the shell is worth failing the install for: the rest is fetched on first use.
          await store(cache, entry).catch((again: unknown) => {
            if (entry.tier === 0) throw again;
          });
        }
        done++;
        await tell();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, lane));
  }

  async function activate(): Promise<void> {
    for (const key of await sw.caches.keys()) if (key.startsWith(prefix) && key !== cacheName) await sw.caches.delete(key);
    await sw.clients.claim();
  }

  async function respond(event: FetchEvent): Promise<Response> {
    const request = event.request;
    const cache = await sw.caches.open(cacheName);
    const cached =
      (await cache.match(request, { ignoreSearch: true })) ??
      (request.url.endsWith('/index.html') ? await cache.match(request.url.slice(0, -'index.html'.length), { ignoreSearch: true }) : undefined);
    if (cached) return cached;
    try {
      const response = await sw.fetch(request);
      // Only whole, same-origin, unredirected answers: a redirected one would be refused for a navigation.
      if (response.status === 200 && !response.redirected && (response.type === 'basic' || response.type === 'default'))
        event.waitUntil(cache.put(request, response.clone()));
      return response;
    } catch (error) {
      // Sent to the offline page rather than shown its text here: its links are relative in the copy.
      if (request.mode === 'navigate' && (await cache.match(at('offline/')))) return Response.redirect(at('offline/'), 302);
      throw error;
    }
  }

  sw.addEventListener('install', (event) => event.waitUntil(install()));
  sw.addEventListener('activate', (event) => event.waitUntil(activate()));
  sw.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET' || !request.url.startsWith(root)) return;
    if (request.url.slice(root.length).startsWith('download/')) return; // the zip is a download, not something to keep twice
    event.respondWith(respond(event));
  });
  sw.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'skip-waiting') event.waitUntil(sw.skipWaiting());
  });
}
