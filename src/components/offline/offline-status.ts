/**
 * Registers the service worker (dist/sw.js, written by scripts/offline.ts) and tells the reader
 * what it means for them, in a small bar at the bottom of the page: the site being saved for
 * reading without internet, saved, no connection now, or a newer version waiting, with a button
 * that loads it. Included once, from the layout; without JavaScript or service workers the site
 * simply stays an ordinary website.
 */
import { withBase } from '../../lib/urls.ts';
import { fill } from '../../lib/fill.ts';
import type { Lang } from '../../schema/enums.ts';
import type { WorkerMessage } from './sw.ts';
import en from '../../i18n/offline/en.json' with { type: 'json' };
import ru from '../../i18n/offline/ru.json' with { type: 'json' };
import kk from '../../i18n/offline/kk.json' with { type: 'json' };

type Key = keyof typeof en;
// Only this area's strings come to the browser; src/i18n/index.ts checks at build time that all three have every key.
const STRINGS: Record<string, Record<Key, string>> = { en, ru, kk };

/** What the bar can say, the most important first. */
const STATES = ['update', 'offline', 'saving', 'saved'] as const;
type State = (typeof STATES)[number];

// The bar's look, in its own shadow root: no stylesheet request on every page, nothing for the CSP
// to refuse (constructed stylesheets are not inline styles), colours from the page's own variables.
const CSS = `
:host { position: fixed; inset-inline: 0; bottom: 0; z-index: 30; display: flex; justify-content: center; padding: 0 0.75rem 0.75rem; pointer-events: none; }
.bar { pointer-events: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.9rem; max-width: 44rem;
  background: var(--bg-soft, Canvas); color: var(--fg, CanvasText); border: 1px solid var(--rule, GrayText); border-inline-start: 4px solid var(--link, LinkText);
  padding: 0.55rem 0.6rem 0.55rem 0.9rem; box-shadow: 0 2px 10px rgb(0 0 0 / 0.18); font-size: 0.95rem; line-height: 1.45; }
.bar.is-offline { border-inline-start-color: var(--warn, GrayText); }
.bar[hidden] { display: none; }
p { margin: 0; flex: 1 1 16rem; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
button { font: inherit; font-size: 0.95rem; cursor: pointer; border-radius: 3px; padding: 0.25rem 0.75rem; min-height: 2.25rem; }
.action { background: var(--link, LinkText); color: var(--bg, Canvas); border: 1px solid var(--link, LinkText); font-weight: 700; }
.close { background: transparent; color: var(--fg, CanvasText); border: 1px solid var(--rule, GrayText); min-width: 2.25rem; padding: 0.25rem 0.5rem; }
button:focus-visible { outline: 3px solid var(--focus, Highlight); outline-offset: 2px; }
@media print { :host { display: none; } }
`;

export class OfflineStatus extends HTMLElement {
  #t: Record<Key, string> = en;
  #states = new Map<State, string>();
  #dismissed = new Set<State>();
  #onAction: (() => void) | null = null;
  #bar!: HTMLDivElement;
  #text!: HTMLParagraphElement;
  #live!: HTMLParagraphElement;
  #action!: HTMLButtonElement;

  connectedCallback() {
    if (this.shadowRoot) return;
    const strings = STRINGS[document.documentElement.lang];
    if (!strings) throw new Error(`offline-status: no strings for lang "${document.documentElement.lang}"`);
    this.#t = strings;
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
    this.#action = Object.assign(document.createElement('button'), { type: 'button', className: 'action', hidden: true });
    this.#action.addEventListener('click', () => this.#onAction?.());
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'close', textContent: '×' });
    close.setAttribute('aria-label', strings['offline.close']);
    close.addEventListener('click', () => this.#dismiss());
    this.#bar.append(this.#text, this.#action, close);
    root.append(this.#live, this.#bar);
  }

  /** Shows (or with null, withdraws) one kind of message; the most important one present is displayed. */
  set(state: State, text: string | null, action?: { label: string; run: () => void }) {
    if (text === null) this.#states.delete(state);
    else this.#states.set(state, text);
    if (state === 'update' && action) this.#onAction = action.run;
    this.#render();
  }

  text(key: Key, params: Record<string, string | number> = {}): string {
    return fill(this.#t[key], params, document.documentElement.lang as Lang);
  }

  #current(): State | undefined {
    return STATES.find((s) => this.#states.has(s) && !this.#dismissed.has(s));
  }

  #dismiss() {
    const state = this.#current();
    if (state) this.#dismissed.add(state);
    this.#render();
  }

  #render() {
    const state = this.#current();
    this.#bar.hidden = !state;
    this.dataset.state = state ?? '';
    if (!state) return;
    const text = this.#states.get(state)!;
    this.#bar.classList.toggle('is-offline', state === 'offline');
    this.#text.textContent = text;
    this.#action.hidden = state !== 'update';
    this.#action.textContent = this.#t['offline.reload'];
    // Progress changes often: announce only its start, not every step.
    if (state !== 'saving' || !this.#live.textContent) this.#live.textContent = text;
  }
}

customElements.define('offline-status', OfflineStatus);

function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError; // fetch and registration.update() reject with TypeError when the network fails
}

async function start() {
  const container = navigator.serviceWorker;
  const status = document.createElement('offline-status') as OfflineStatus;
  document.body.append(status);
  const firstInstall = !container.controller;
  let reloading = false;

  const showOffline = (offline: boolean) => status.set('offline', offline ? status.text('offline.offline') : null);
  showOffline(!navigator.onLine);
  addEventListener('offline', () => showOffline(true));

  const registration = await container.register(withBase('sw.js'), { scope: withBase('') });

  const offerUpdate = (waiting: ServiceWorker) =>
    status.set('update', status.text('offline.update'), {
      label: status.text('offline.reload'),
      run: () => {
        reloading = true;
        waiting.postMessage({ type: 'skip-waiting' });
      },
    });
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offerUpdate(worker);
    });

  if (registration.waiting && container.controller) offerUpdate(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));

  container.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if (event.data?.type !== 'progress' || !firstInstall) return;
    const { done, total } = event.data;
    status.set('saving', done < total ? status.text('offline.saving', { percent: Math.floor((done * 100) / total) }) : null);
  });
  container.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    else if (firstInstall) {
      status.set('saving', null);
      status.set('saved', status.text('offline.saved'));
    }
  });

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
  // After the page has loaded, so that storing the site never competes with showing it.
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
