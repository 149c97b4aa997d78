/**
 * <offline-status>: the notice about reading without internet, in its own shadow root. It shows
 * one message at a time, the most important first (a newer version, no connection, a failed save,
 * progress, saved, the offer), and for the offer the languages with the size of the choice.
 * offline-status.ts creates it, places it in the page and tells it what to say.
 */
import { choiceKey, type OfflineSizes } from '../../lib/offline/choice.ts';
import en from '../../i18n/offline/en.json' with { type: 'json' };
import ru from '../../i18n/offline/ru.json' with { type: 'json' };
import kk from '../../i18n/offline/kk.json' with { type: 'json' };

type Key = keyof typeof en;
// Only this area's strings come to the browser; src/i18n/index.ts checks at build time that all three have every key.
const STRINGS: Record<string, Record<Key, string>> = { en, ru, kk };
const LANGS = ['kk', 'ru', 'en'] as const;

/** What the notice can say, the most important first. */
const STATES = ['update', 'offline', 'failed', 'saving', 'saved', 'offer'] as const;
export type State = (typeof STATES)[number];

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
    this.#langs.append(
      Object.assign(document.createElement('legend'), { textContent: strings['offline.offer.langs'] }),
    );
    for (const l of LANGS) {
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        value: l,
        checked: l === this.#lang,
      });
      box.addEventListener('change', () => this.#renderOffer());
      const label = document.createElement('label');
      label.lang = l;
      label.append(box, document.createTextNode(strings[`offline.offer.lang.${l}` as Key]));
      this.#langs.append(label);
    }
    this.#action = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'action',
      hidden: true,
    });
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
    return new Intl.NumberFormat(this.#lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      bytes / 1e6,
    );
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
