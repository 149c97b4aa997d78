/**
 * The service worker (src/service-worker/), run against an in-memory cache and network: it stores
 * nothing beyond the shell until the reader asks, keeps pages as they are opened, saves the
 * languages asked for, carries all that over to a new version, and answers offline. The last test
 * runs the bundled dist/sw.js as the build writes it. The browser test (tests/e2e/offline.spec.ts)
 * checks the same in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { serviceWorker, type WorkerScope } from '../../src/service-worker/worker.ts';
import { workerSource } from '../../src/integrations/offline.ts';

const ORIGIN = 'https://site.test';
const strip = (url: string) => url.split('?')[0]!;
type Req = string | { url: string; method?: string; mode?: string };
const urlOf = (r: Req) => (typeof r === 'string' ? r : r.url);

class FakeCache {
  store = new Map<string, Response>();
  async match(r: Req, o?: { ignoreSearch?: boolean }) {
    for (const [k, v] of this.store)
      if ((o?.ignoreSearch ? strip(k) : k) === (o?.ignoreSearch ? strip(urlOf(r)) : urlOf(r))) return v.clone();
    return undefined;
  }
  async put(r: Req, res: Response) {
    this.store.set(urlOf(r), res);
  }
  async keys() {
    return [...this.store.keys()].map((url) => ({ url }));
  }
}
class FakeCaches {
  all = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.all.has(name)) this.all.set(name, new FakeCache());
    return this.all.get(name)!;
  }
  async keys() {
    return [...this.all.keys()];
  }
  async delete(name: string) {
    return this.all.delete(name);
  }
  async match(r: Req) {
    for (const c of this.all.values()) {
      const hit = await c.match(r);
      if (hit) return hit;
    }
    return undefined;
  }
}

type Start = (self: WorkerScope, version: string) => void;
const direct: Start = (self, version) =>
  serviceWorker(self, { version, manifest: 'offline-manifest.json', langs: ['kk', 'ru', 'en'] });

/** One worker, with a site of `files` behind a network that can be cut. */
function startWorker(version: string, files: Record<string, string>, caches = new FakeCaches(), start: Start = direct) {
  const listeners: Record<string, (e: unknown) => void> = {};
  const fetched: string[] = [];
  const messages: { type: string }[] = [];
  const net = { online: true };
  const self = {
    location: { href: `${ORIGIN}/sw.js` },
    caches,
    clients: {
      matchAll: async () => [{ url: `${ORIGIN}/ru/`, postMessage: (m: { type: string }) => messages.push(m) }],
      claim: async () => {},
    },
    skipWaiting: async () => {},
    fetch: async (r: Req) => {
      const url = strip(urlOf(r));
      fetched.push(url.slice(ORIGIN.length));
      if (!net.online) throw new TypeError('Failed to fetch');
      const path = url.slice(ORIGIN.length + 1);
      const body = files[path] ?? files[`${path}index.html`];
      return body === undefined ? new Response('missing', { status: 404 }) : new Response(body, { status: 200 });
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn),
  };
  start(self as unknown as WorkerScope, version);
  const dispatch = async (type: string, event: object) => {
    const waits: Promise<unknown>[] = [];
    listeners[type]!({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  const lifecycle = (type: 'install' | 'activate') => dispatch(type, {});
  const save = (langs: string[]) => dispatch('message', { data: { type: 'save', langs } });
  const keep = (urls: string[]) => dispatch('message', { data: { type: 'keep', urls } });
  const request = async (path: string, mode = 'no-cors') => {
    let answer: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    listeners.fetch!({
      request: { url: `${ORIGIN}/${path}`, method: 'GET', mode },
      respondWith: (p: Promise<Response>) => (answer = p),
      waitUntil: (p: Promise<unknown>) => waits.push(p),
    });
    const response = await answer;
    await Promise.all(waits);
    return answer && response;
  };
  const stored = async (name = `qantar:/:${version}`) =>
    [...(await caches.open(name)).store.keys()].map((u) => u.slice(ORIGIN.length)).sort();
  return { lifecycle, save, keep, request, stored, fetched, messages, net, caches };
}

const manifest = (entries: [string, number, string, number, string][], budget = 1e9) =>
  JSON.stringify({ version: 'x', budget, entries });

const files = {
  'offline-manifest.json': manifest([
    ['_astro/app.js', 10, 'h-app', 0, ''],
    ['offline/', 10, 'h-off', 0, ''],
    ['data/basemap.json', 10, 'h-map', 2, ''],
    ['kk/', 10, 'h-kk', 1, 'kk'],
    ['ru/', 10, 'h-ru', 1, 'ru'],
    ['ru/events/a/', 10, 'h-ra', 4, 'ru'],
    ['kk/events/a/', 10, 'h-ka', 4, 'kk'],
  ]),
  '_astro/app.js': 'app',
  'offline/index.html': 'not saved',
  'data/basemap.json': '{}',
  'kk/index.html': 'басты бет',
  'ru/index.html': 'главная',
  'ru/events/a/index.html': 'событие',
  'kk/events/a/index.html': 'оқиға',
};
const SHELL = ['/offline-manifest.json', '/offline/'];

describe('the service worker', () => {
  it('installs with the offline page only: nothing else is downloaded until the reader asks', async () => {
    const w = startWorker('v1', files);
    await w.lifecycle('install');
    await w.lifecycle('activate');
    expect(await w.caches.keys()).toEqual(['qantar:/:v1']);
    expect(await w.stored()).toEqual(SHELL);
    expect(w.fetched.sort()).toEqual(SHELL);
    expect(w.messages).toEqual([]);
  });

  it('keeps the first page and the files it loaded, as the page names them; nothing outside the site', async () => {
    const w = startWorker('v1', files);
    await w.lifecycle('install');
    await w.keep([`${ORIGIN}/ru/`, `${ORIGIN}/_astro/app.js?v=1`, 'https://elsewhere.test/x.js', `${ORIGIN}/ru/`]);
    expect(await w.stored()).toEqual([...SHELL, '/_astro/app.js', '/ru/'].sort());
    w.net.online = false;
    expect(await (await w.request('ru/', 'navigate'))!.text()).toBe('главная');
  });

  it('keeps each page as it is opened, and sends an unopened page to the offline page when offline', async () => {
    const w = startWorker('v1', files);
    await w.lifecycle('install');
    await w.lifecycle('activate');
    expect(await (await w.request('ru/events/a/', 'navigate'))!.text()).toBe('событие');
    w.net.online = false;
    expect(await (await w.request('ru/events/a/?from=timeline', 'navigate'))!.text()).toBe('событие');
    const unsaved = await w.request('kk/events/a/', 'navigate');
    expect(unsaved!.status).toBe(302);
    expect(unsaved!.headers.get('location')).toBe(`${ORIGIN}/offline/`);
    await expect(w.request('data/nothing.json')).rejects.toThrow(TypeError);
    // Downloads and the sizes the page offers are never answered from a cache.
    await expect(w.request('download/qantar-chronicle.zip')).resolves.toBeUndefined();
    await expect(w.request('offline.json')).resolves.toBeUndefined();
  });

  it('saves the languages asked for, and only those, tells the page how far it got, and remembers the choice', async () => {
    const w = startWorker('v1', files);
    await w.lifecycle('install');
    await w.lifecycle('activate');
    await w.save(['kk']);
    expect(await w.stored()).toEqual(
      [...SHELL, '/_astro/app.js', '/data/basemap.json', '/kk/', '/kk/events/a/'].sort(),
    );
    expect(w.messages.filter((m) => m.type === 'progress').at(-1)).toEqual({
      type: 'progress',
      done: 5,
      total: 5,
      version: 'v1',
    });
    expect(w.messages.at(-1)).toEqual({ type: 'saved', langs: ['kk'], version: 'v1' });
    expect(
      await (await (await w.caches.open('qantar-choice:/')).match(`${ORIGIN}/offline-choice.json`))!.json(),
    ).toEqual({ langs: ['kk'], version: 'v1' });
    w.net.online = false;
    expect(await (await w.request('kk/events/a/', 'navigate'))!.text()).toBe('оқиға');
  });

  it('within a small budget, saves the shell and what fits, tier by tier', async () => {
    const w = startWorker('v1', {
      ...files,
      'offline-manifest.json': manifest(JSON.parse(files['offline-manifest.json']).entries, 20),
    });
    await w.lifecycle('install');
    await w.save(['ru']);
    expect(await w.stored()).toEqual([...SHELL, '/_astro/app.js', '/data/basemap.json', '/ru/'].sort());
  });

  it('says when saving fails, and keeps what it had', async () => {
    const w = startWorker('v1', files);
    await w.lifecycle('install');
    w.net.online = false;
    await expect(w.save(['ru'])).rejects.toThrow();
    expect(w.messages.at(-1)).toEqual({ type: 'save-failed', version: 'v1' });
    expect(await w.stored()).toEqual(SHELL);
  });

  it('on a new version, keeps what the reader saved and opened: unchanged files copied, changed ones downloaded, then the old cache deleted', async () => {
    const caches = new FakeCaches();
    const v1 = startWorker('v1', files, caches);
    await v1.lifecycle('install');
    await v1.lifecycle('activate');
    await v1.save(['ru']);
    await v1.request('kk/events/a/', 'navigate'); // opened, not saved
    await caches.open('qantar:/other-copy/:v0'); // another copy of the site on the same host

    const changed = {
      ...files,
      'offline-manifest.json': files['offline-manifest.json'].replace('h-ra', 'h-ra2').replace('h-ka', 'h-ka2'),
      'ru/events/a/index.html': 'событие, исправлено',
      'kk/events/a/index.html': 'оқиға, түзетілді',
    };
    const v2 = startWorker('v2', changed, caches);
    await v2.lifecycle('install');
    expect(v2.fetched.sort()).toEqual(['/kk/events/a/', '/offline-manifest.json', '/ru/events/a/']);
    await v2.lifecycle('activate');
    expect((await caches.keys()).sort()).toEqual(['qantar-choice:/', 'qantar:/:v2', 'qantar:/other-copy/:v0']);
    v2.net.online = false;
    expect(await (await v2.request('ru/events/a/', 'navigate'))!.text()).toBe('событие, исправлено');
    expect(await (await v2.request('kk/events/a/', 'navigate'))!.text()).toBe('оқиға, түзетілді');
    expect(await (await v2.request('ru/', 'navigate'))!.text()).toBe('главная');
    expect((await v2.request('kk/', 'navigate'))!.status).toBe(302); // never saved nor opened
  });

  it('fails the install when the offline page is missing, and a save when a shell file is', async () => {
    const { 'offline/index.html': _page, ...withoutPage } = files;
    await expect(startWorker('v1', withoutPage).lifecycle('install')).rejects.toThrow(/404/);
    const { '_astro/app.js': _app, ...withoutShell } = files;
    const w = startWorker('v1', withoutShell);
    await w.lifecycle('install');
    await expect(w.save(['kk'])).rejects.toThrow(/404/);
    expect(w.messages.at(-1)).toEqual({ type: 'save-failed', version: 'v1' });
  });

  it('as bundled into dist/sw.js, runs alone with its configuration built in', async () => {
    const source = await workerSource({ version: 'v9', manifest: 'offline-manifest.json', langs: ['kk', 'ru', 'en'] });
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    const bundled: Start = (self) => new Function('self', source)(self);
    const w = startWorker('v9', files, new FakeCaches(), bundled);
    await w.lifecycle('install');
    expect(await w.caches.keys()).toEqual(['qantar:/:v9']);
    await w.save(['en']);
    expect(w.messages.at(-1)).toEqual({ type: 'saved', langs: ['en'], version: 'v9' });
  });
});
