/**
 * The generated dist/sw.js, run against an in-memory cache and network: what it stores on install,
 * what it reuses from the previous version, what it deletes on activate and how it answers.
 * The browser test (tests/e2e/offline.spec.ts) checks the same in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { workerSource } from '../../scripts/offline.ts';

const ORIGIN = 'https://site.test';
const strip = (url: string) => url.split('?')[0]!;
type Req = string | { url: string; method?: string; mode?: string };
const urlOf = (r: Req) => (typeof r === 'string' ? r : r.url);

class FakeCache {
  store = new Map<string, Response>();
  async match(r: Req, o?: { ignoreSearch?: boolean }) {
    for (const [k, v] of this.store) if ((o?.ignoreSearch ? strip(k) : k) === (o?.ignoreSearch ? strip(urlOf(r)) : urlOf(r))) return v.clone();
    return undefined;
  }
  async put(r: Req, res: Response) {
    this.store.set(urlOf(r), res);
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

/** One worker started from the generated source, with a site of `files` behind a network that can be cut. */
function startWorker(version: string, files: Record<string, string>, caches = new FakeCaches(), clientUrl = `${ORIGIN}/ru/`) {
  const listeners: Record<string, (e: unknown) => void> = {};
  const fetched: string[] = [];
  const messages: unknown[] = [];
  const net = { online: true };
  const self = {
    location: { href: `${ORIGIN}/sw.js` },
    caches,
    clients: { matchAll: async () => [{ url: clientUrl, postMessage: (m: unknown) => messages.push(m) }], claim: async () => {} },
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
  new Function('self', workerSource({ version, manifest: 'offline-manifest.json', langs: ['kk', 'ru', 'en'] }))(self);
  const lifecycle = async (type: 'install' | 'activate') => {
    const waits: Promise<unknown>[] = [];
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  const request = async (path: string, mode = 'no-cors') => {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: { url: `${ORIGIN}/${path}`, method: 'GET', mode }, respondWith: (p: Promise<Response>) => (answer = p), waitUntil: () => {} });
    return answer;
  };
  return { lifecycle, request, fetched, messages, net, caches };
}

const manifest = (entries: [string, number, string, number, string][], budget = 1e9) => JSON.stringify({ version: 'x', budget, entries });

describe('the generated service worker', () => {
  const files = {
    'offline-manifest.json': manifest([
      ['_astro/app.js', 10, 'h-app', 0, ''],
      ['offline/', 10, 'h-off', 0, ''],
      ['kk/', 10, 'h-kk', 1, 'kk'],
      ['ru/', 10, 'h-ru', 1, 'ru'],
      ['ru/events/a/', 10, 'h-ra', 4, 'ru'],
      ['kk/events/a/', 10, 'h-ka', 4, 'kk'],
    ]),
    '_astro/app.js': 'app',
    'offline/index.html': 'not saved',
    'kk/index.html': 'басты бет',
    'ru/index.html': 'главная',
    'ru/events/a/index.html': 'событие',
    'kk/events/a/index.html': 'оқиға',
  };

  it('stores what the manifest lists, tells the page how far it got, and answers from the cache offline', async () => {
    const w = startWorker('v1', files);
    await w.lifecycle('install');
    await w.lifecycle('activate');
    expect(await w.caches.keys()).toEqual(['qantar:/:v1']);
    expect([...(await w.caches.open('qantar:/:v1')).store.keys()].map((u) => u.slice(ORIGIN.length)).sort()).toEqual(
      ['/_astro/app.js', '/kk/', '/kk/events/a/', '/offline/', '/ru/', '/ru/events/a/'].sort(),
    );
    expect(w.messages.at(-1)).toEqual({ type: 'progress', done: 6, total: 6, version: 'v1' });

    w.net.online = false;
    expect(await (await w.request('ru/events/a/?from=timeline', 'navigate'))!.text()).toBe('событие');
    const unsaved = await w.request('ru/unknown/', 'navigate');
    expect(unsaved!.status).toBe(302);
    expect(unsaved!.headers.get('location')).toBe(`${ORIGIN}/offline/`);
    await expect(w.request('data/nothing.json')).rejects.toThrow(TypeError);
    await expect(w.request('download/qantar-chronicle.zip')).resolves.toBeUndefined();
  });

  it("within a small budget, stores the reader's own language first", async () => {
    const small = { ...files, 'offline-manifest.json': manifest(JSON.parse(files['offline-manifest.json']).entries, 30) };
    const w = startWorker('v1', small, new FakeCaches(), `${ORIGIN}/kk/events/a/`);
    await w.lifecycle('install');
    const stored = [...(await w.caches.open('qantar:/:v1')).store.keys()].map((u) => u.slice(ORIGIN.length));
    expect(stored).toContain('/kk/events/a/');
    expect(stored).not.toContain('/ru/events/a/');
  });

  it('on a new version, reuses unchanged files from the old cache, downloads changed ones, then deletes the old cache', async () => {
    const caches = new FakeCaches();
    const v1 = startWorker('v1', files, caches);
    await v1.lifecycle('install');
    await v1.lifecycle('activate');
    await caches.open('qantar:/other-copy/:v0'); // another copy of the site on the same host

    const changed = {
      ...files,
      'offline-manifest.json': files['offline-manifest.json'].replace('h-ra', 'h-ra2'),
      'ru/events/a/index.html': 'событие, исправлено',
    };
    const v2 = startWorker('v2', changed, caches);
    await v2.lifecycle('install');
    expect(v2.fetched.sort()).toEqual(['/offline-manifest.json', '/ru/events/a/']);
    await v2.lifecycle('activate');
    expect((await caches.keys()).sort()).toEqual(['qantar:/:v2', 'qantar:/other-copy/:v0']);
    v2.net.online = false;
    expect(await (await v2.request('ru/events/a/', 'navigate'))!.text()).toBe('событие, исправлено');
    expect(await (await v2.request('kk/', 'navigate'))!.text()).toBe('басты бет');
  });

  it('keeps what it fetched online for the next time offline', async () => {
    const w = startWorker('v1', { ...files, 'data/late.json': '{"a":1}' });
    await w.lifecycle('install');
    await w.lifecycle('activate');
    expect(await (await w.request('data/late.json'))!.text()).toBe('{"a":1}');
    await new Promise((ok) => setTimeout(ok, 0));
    w.net.online = false;
    expect(await (await w.request('data/late.json?v=2'))!.text()).toBe('{"a":1}');
  });

  it('fails the install when a shell file is missing, but not for a missing page', async () => {
    const { 'ru/events/a/index.html': _page, ...withoutPage } = files;
    const ok = startWorker('v1', withoutPage);
    await expect(ok.lifecycle('install')).resolves.toBeUndefined();
    const { '_astro/app.js': _app, ...withoutShell } = files;
    const broken = startWorker('v1', withoutShell);
    await expect(broken.lifecycle('install')).rejects.toThrow(/404/);
  });
});
