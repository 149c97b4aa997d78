/**
 * Registers the service worker (dist/sw.js, bundled from src/service-worker/) and tells the reader
 * what it means for them through <offline-status> (offline-notice.ts), which takes its place in the
 * page and never covers it: an offer to save the site for reading without internet (asked once,
 * saying the size, the reader's language chosen, others on request), its progress, no connection
 * now, or a newer version waiting, with a button that loads it. Included once, from the layout;
 * without JavaScript or service workers the site simply stays an ordinary website.
 *
 * It offers on its own only when the browser does not ask to save data and the reader has not
 * answered before; the download page (an element with data-offline-save) always offers.
 */
import { withBase } from '../../lib/urls.ts';
import { CHOICE_URL, shouldOffer, type OfflineSizes } from '../../lib/offline/choice.ts';
import type { PageMessage, WorkerMessage } from '../../service-worker/worker.ts';
import type { OfflineStatus } from './offline-notice.ts';
import './offline-notice.ts';

const DECLINED = 'qantar-offline-offer';

function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError; // fetch and registration.update() reject with TypeError when the network fails
}

const storage = {
  get: (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage may be disabled: the reader is then simply asked again
    }
  },
  set: (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      /* as above */
    }
  },
};

/** The languages saved on this device, or null: read from the cache the worker writes. */
async function savedLangs(rootPath: string): Promise<string[] | null> {
  // Looked up across caches: opening the worker's cache by name would create it.
  const saved = await caches.match(new URL(CHOICE_URL, new URL(rootPath, location.href)).href);
  return saved ? ((await saved.json()) as { langs: string[] }).langs : null;
}

async function start() {
  const container = navigator.serviceWorker;
  const status = document.createElement('offline-status') as OfflineStatus;
  // In the page, never over it: on the download page in its own section, elsewhere before the
  // footer; only "no connection" goes first in the main content, where it explains what follows.
  const host = document.querySelector('[data-offline-save]');
  // Before the footer it sits in a frame of the page's width, aligned with the content.
  const frame = Object.assign(document.createElement('div'), { className: 'wrap' });
  const place = (offline: boolean) => {
    if (host) host.append(status);
    else if (offline) {
      document.querySelector('main')?.prepend(status);
      frame.remove();
    } else {
      frame.append(status);
      (document.querySelector('body > footer') ?? document.body.lastElementChild)?.before(frame);
    }
  };
  place(false);
  const rootPath = new URL(withBase(''), location.href).pathname;
  let reloading = false;

  const showOffline = (offline: boolean) => {
    if (offline && !status.dataset.state) place(true);
    status.set('offline', offline ? status.text('offline.offline') : null);
  };
  showOffline(!navigator.onLine);
  addEventListener('offline', () => showOffline(true));

  // A browser may refuse service workers (private windows, policies, a test runner blocking them):
  // the site then stays an ordinary website, with the offline notice and nothing more.
  const registration = await container.register(withBase('sw.js'), { scope: withBase('') }).catch(() => undefined);
  if (!registration) return;
  host?.closest('[data-offline-section]')?.removeAttribute('hidden');

  const offerUpdate = (waiting: ServiceWorker) =>
    status.set('update', status.text('offline.update'), {
      label: status.text('offline.reload'),
      run: () => {
        reloading = true;
        waiting.postMessage({ type: 'skip-waiting' } satisfies PageMessage);
      },
    });
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offerUpdate(worker);
    });

  if (registration.waiting && container.controller) offerUpdate(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));

  let asked = false;
  container.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const data = event.data;
    if (data?.type === 'progress' && asked) {
      const { done, total } = data;
      status.set(
        'saving',
        done < total ? status.text('offline.saving', { percent: Math.floor((done * 100) / total) }) : null,
      );
    } else if (data?.type === 'saved') {
      status.set('saving', null);
      status.set('offer', null);
      status.set('saved', status.text('offline.saved'));
    } else if (data?.type === 'save-failed') {
      status.set('saving', null);
      status.set('failed', status.text('offline.offer.failed'));
    }
  });
  container.addEventListener('controllerchange', () => reloading && location.reload());
  // This page and its files were loaded before any worker controlled it: name them, so that the
  // page the reader opened is kept like every later one (the browser's HTTP cache serves them).
  if (!container.controller) {
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
    void container.ready.then((r) => r.active?.postMessage({ type: 'keep', urls } satisfies PageMessage));
  }

  status.onAnswer = (langs) => {
    storage.set(DECLINED, langs ? 'saved' : 'later');
    if (!langs) return;
    asked = true;
    status.set('failed', null);
    status.set('offer', null);
    status.set('saving', status.text('offline.saving', { percent: 0 }));
    void container.ready.then((r) => r.active?.postMessage({ type: 'save', langs } satisfies PageMessage));
  };

  const saved = await savedLangs(rootPath).catch(() => null);
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (host || shouldOffer({ saveData, declined: storage.get(DECLINED) !== null, saved: saved !== null })) {
    // offline.json is small, and asked for only when the offer is shown; the worker never answers it from a cache.
    const sizes = await fetch(withBase('offline.json'), { cache: 'no-cache' }).then(
      (r) => (r.ok ? (r.json() as Promise<OfflineSizes>) : null),
      () => null,
    );
    if (sizes) status.offer(sizes, saved ?? [document.documentElement.lang]);
    if (host && saveData) document.querySelector('[data-save-data]')?.removeAttribute('hidden');
  }

  // Asking for a newer sw.js is also the surest test of the connection: a device on a network whose
  // internet is cut still reports itself online.
  const check = () =>
    registration.update().then(
      () => showOffline(false),
      (error: unknown) => isNetworkError(error) && showOffline(true),
    );
  addEventListener('online', check);
  if (container.controller) void check();
}

if ('serviceWorker' in navigator) {
  // After the page has loaded, so that the worker never competes with showing it.
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
