/**
 * Registers the service worker (dist/sw.js, bundled from src/service-worker/) and tells the reader
 * what it means for them, in a notice that takes its place in the page and never covers it: an
 * offer to save the site for reading without internet (asked once, saying the size, the reader's
 * language chosen, others on request), its progress, no connection now, or a newer version
 * waiting, with a button that loads it. Included once, from the layout; without JavaScript or
 * service workers the site simply stays an ordinary website.
 *
 * It offers on its own only when the browser does not ask to save data and the reader has not
 * answered before; the download page (an element with data-offline-save) always offers.
 */
import { withBase } from '../../lib/urls.ts';
import { CHOICE_URL, choiceKey, shouldOffer, type OfflineSizes } from '../../lib/offline/choice.ts';
import type { PageMessage, WorkerMessage } from '../../service-worker/worker.ts';
import en from '../../i18n/offline/en.json' with { type: 'json' };
import ru from '../../i18n/offline/ru.json' with { type: 'json' };
import kk from '../../i18n/offline/kk.json' with { type: 'json' };

type Key = keyof typeof en;
// Only this area's strings come to the browser; src/i18n/index.ts checks at build time that all three have every key.
const STRINGS: Record<string, Record<Key, string>> = { en, ru, kk };
const LANGS = ['kk', 'ru', 'en'] as const;
const DECLINED = 'qantar-offline-offer';

/** What the notice can say, the most important first. */
const STATES = ['update', 'offline', 'failed', 'saving', 'saved', 'offer'] as const;
type State = (typeof STATES)[number];

// The notice's look, in its own shadow root: no stylesheet request on every page, nothing for the
// CSP to refuse (constructed stylesheets are not inline styles), colours from the page's own
// variables. In the flow of the page, never fixed over it.
const CSS = `
:host { display: block; margin: 1rem 0; }
:host([data-state=""]) { display: none; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.9rem; max-width: 44rem;
  background: var(--bg-soft, Canvas); color: var(--fg, CanvasText); border: 1px solid var(--rule, GrayText); border-inline-start: 4px solid var(--link, LinkText);
  padding: 0.55rem 0.6rem 0.55rem 0.9rem; font-size: 0.95rem; line-height: 1.45; }
.bar.is-offline { border-inline-start-color: var(--warn, GrayText); }
.bar[hidden], [hidden] { display: none; }
p { margin: 0; flex: 1 1 16rem; }
fieldset { flex: 1 1 100%; border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
legend { padding: 0; margin-bottom: 0.25rem; font-weight: 700; }
label { display: inline-flex; align-items: center; gap: 0.35rem; min-height: 2.25rem; }
input { width: 1.1rem; height: 1.1rem; margin: 0; accent-color: var(--link, LinkText); }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
button { font: inherit; font-size: 0.95rem; cursor: pointer; border-radius: 3px; padding: 0.25rem 0.75rem; min-height: 2.25rem; }
.action { background: var(--link, LinkText); color: var(--bg, Canvas); border: 1px solid var(--link, LinkText); font-weight: 700; }
.action:disabled { opacity: 0.6; cursor: default; }
.close { background: transparent; color: var(--fg, CanvasText); border: 1px solid var(--rule, GrayText); min-width: 2.25rem; padding: 0.25rem 0.5rem; }
button:focus-visible, input:focus-visible { outline: 3px solid var(--focus, Highlight); outline-offset: 2px; }
@media print { :host { display: none; } }
`;

interface Action {
  label: string;
  run: () => void;
}

export class OfflineStatus extends HTMLElement {
  #t: Record<Key, string> = en;
  #lang = 'en';
  #states = new Map<State, { text: string; action?: Action }>();
  #dismissed = new Set<State>();
  #bar!: HTMLDivElement;
  #text!: HTMLParagraphElement;
  #live!: HTMLParagraphElement;
  #langs!: HTMLFieldSetElement;
  #action!: HTMLButtonElement;
  #close!: HTMLButtonElement;
  #sizes: OfflineSizes | null = null;
  /** Called when the reader answers the offer: with the languages to save, or null for "Not now". */
  onAnswer: (langs: string[] | null) => void = () => {};

  connectedCallback() {
    if (this.shadowRoot) return;
    this.#lang = document.documentElement.lang;
    const strings = STRINGS[this.#lang];
    if (!strings) throw new Error(`offline-status: no strings for lang "${this.#lang}"`);
    this.#t = strings;
    this.dataset.state = '';
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    // The live region is always present, so that a screen reader announces each new message.
    this.#live = Object.assign(document.createElement('p'), { className: 'live' });
    this.#live.setAttribute('role', 'status');
    this.#bar = Object.assign(document.createElement('div'), { className: 'bar', hidden: true });
    this.#bar.setAttribute('role', 'region');
    this.#bar.setAttribute('aria-label', strings['offline.label']);
    this.#text = document.createElement('p');
    this.#langs = Object.assign(document.createElement('fieldset'), { hidden: true });
    this.#langs.append(Object.assign(document.createElement('legend'), { textContent: strings['offline.offer.langs'] }));
    for (const l of LANGS) {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: l, checked: l === this.#lang });
      box.addEventListener('change', () => this.#renderOffer());
      const label = document.createElement('label');
      label.lang = l;
      label.append(box, document.createTextNode(strings[`offline.offer.lang.${l}` as Key]));
      this.#langs.append(label);
    }
    this.#action = Object.assign(document.createElement('button'), { type: 'button', className: 'action', hidden: true });
    this.#action.addEventListener('click', () => this.#states.get(this.#current()!)?.action?.run());
    this.#close = Object.assign(document.createElement('button'), { type: 'button', className: 'close' });
    this.#close.addEventListener('click', () => this.#dismiss());
    this.#bar.append(this.#text, this.#langs, this.#action, this.#close);
    root.append(this.#live, this.#bar);
  }

  /** Shows (or with null, withdraws) one kind of message; the most important one present is displayed. */
  set(state: State, text: string | null, action?: Action) {
    if (text === null) this.#states.delete(state);
    else {
      this.#states.set(state, { text, action });
      this.#dismissed.delete(state);
    }
    this.#render();
  }

  text(key: Key, params: Record<string, string | number> = {}): string {
    return this.#t[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  }

  /** Offers saving: the languages (the reader's own ticked, or those saved before) and what they cost. */
  offer(sizes: OfflineSizes, chosen: readonly string[]) {
    this.#sizes = sizes;
    for (const box of this.#langs.querySelectorAll('input')) box.checked = chosen.includes(box.value);
    this.set('offer', this.text('offline.offer'), { label: '', run: () => this.onAnswer(this.#chosen()) });
  }

  #chosen(): string[] {
    return [...this.#langs.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
  }

  #size(bytes: number): string {
    return new Intl.NumberFormat(this.#lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  }

  #renderOffer() {
    const chosen = this.#chosen();
    const size = this.#sizes?.sizes[choiceKey(chosen, LANGS)];
    this.#action.disabled = !size;
    this.#action.textContent = this.text('offline.offer.save', { size: size ? this.#size(size.bytes) : '—' });
  }

  #current(): State | undefined {
    return STATES.find((s) => this.#states.has(s) && !this.#dismissed.has(s));
  }

  #dismiss() {
    const state = this.#current();
    if (state === 'offer') this.onAnswer(null);
    if (state) this.#dismissed.add(state);
    this.#render();
  }

  #render() {
    const state = this.#current();
    this.#bar.hidden = !state;
    this.dataset.state = state ?? '';
    if (!state) return;
    const { text, action } = this.#states.get(state)!;
    this.#bar.classList.toggle('is-offline', state === 'offline' || state === 'failed');
    this.#text.textContent = text;
    this.#langs.hidden = state !== 'offer';
    this.#action.hidden = !action;
    if (state === 'offer') this.#renderOffer();
    else if (action) this.#action.textContent = action.label;
    const later = state === 'offer';
    this.#close.textContent = later ? this.#t['offline.offer.later'] : '×';
    if (later) this.#close.removeAttribute('aria-label');
    else this.#close.setAttribute('aria-label', this.#t['offline.close']);
    // Progress changes often: announce only its start, not every step.
    if (state !== 'saving' || !this.#live.textContent?.startsWith(text.split(':')[0]!)) this.#live.textContent = text;
  }
}

customElements.define('offline-status', OfflineStatus);

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

  const registration = await container.register(withBase('sw.js'), { scope: withBase('') });

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
      status.set('saving', done < total ? status.text('offline.saving', { percent: Math.floor((done * 100) / total) }) : null);
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
    const sizes = await fetch(withBase('offline.json'), { cache: 'no-cache' }).then((r) => (r.ok ? (r.json() as Promise<OfflineSizes>) : null), () => null);
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
