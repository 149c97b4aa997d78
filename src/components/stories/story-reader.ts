/**
 * <story-reader>: steps through a story. Once the page stops scrolling, the step being read becomes
 * the current one (a scroll under way, as after End or a fling, passes steps that are not where the
 * reader stops): the map shows its entries (event-map's focusEvents), the timeline marks them
 * (aria-current) and the URL names it (#step-N, replaced, not pushed, so Back leaves the story).
 * ← → (or k j) and the Previous/Next buttons move a step; a URL with #step-N starts there.
 * Without this script the page is the same article with every card and link.
 */
import { stepAfter, stepFromHash } from '../../lib/stories.ts';

interface FocusableMap extends HTMLElement {
  focusEvents?: (ids: string[], at?: [number, number]) => void;
}

const TYPING = 'input, textarea, select, [contenteditable], .leaflet-container';

/** How long the page must stay still before the step in view becomes the current one. */
const SETTLE_MS = 90;

class StoryReader extends HTMLElement {
  #steps: HTMLElement[] = [];
  #current = 0;
  /**
   * A step chosen by key, button or URL stays current wherever the page comes to rest (#follow
   * leaves it be), until the reader scrolls another way: wheel, touch, pointer, or any other key.
   */
  #pinned = false;
  #stepOf = '';
  #settle: number | undefined;

  connectedCallback() {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.story-step')];
    if (!this.#steps.length) return;
    this.#stepOf = (JSON.parse(this.dataset.strings ?? '{}') as { stepOf?: string }).stepOf ?? '{n}/{count}';
    this.classList.add('story-js');
    this.querySelector('.story-controls')?.addEventListener('click', (e) => {
      const go = (e.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset.go;
      if (go) this.go(stepAfter(this.#current, Number(go), this.#steps.length), true);
    });
    // a timeline link goes to its step the same way a key does
    this.querySelector('.story-timeline')?.addEventListener('click', (e) => {
      const href = (e.target as HTMLElement).closest('a')?.getAttribute('href') ?? '';
      const n = stepFromHash(href, this.#steps.length);
      if (n) {
        e.preventDefault();
        this.go(n, true);
      }
    });
    document.addEventListener('keydown', (e) => this.#key(e));
    for (const type of ['wheel', 'touchmove', 'pointerdown'])
      window.addEventListener(type, () => (this.#pinned = false), { passive: true });
    window.addEventListener('scroll', () => this.#follow(), { passive: true });
    const asked = stepFromHash(location.hash, this.#steps.length);
    this.go(asked ?? 1, Boolean(asked), true);
    // a page opened further down (its scroll restored, or another fragment) starts where it is
    if (!asked) this.#follow();
  }

  #key(e: KeyboardEvent) {
    const delta = e.key === 'ArrowRight' || e.key === 'j' ? 1 : e.key === 'ArrowLeft' || e.key === 'k' ? -1 : 0;
    if (!delta || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) {
      // any other key may scroll the page (Space, End, Ctrl+Home, Tab…): where it rests is followed again
      this.#pinned = false;
      return;
    }
    if (e.defaultPrevented || (e.target as HTMLElement | null)?.closest?.(TYPING)) return;
    e.preventDefault();
    this.go(stepAfter(this.#current, delta, this.#steps.length), true);
  }

  /** Once the page has been still for SETTLE_MS, the step being read becomes current, unless a key, a button or the URL chose one. */
  #follow() {
    clearTimeout(this.#settle);
    this.#settle = window.setTimeout(() => {
      if (!this.#pinned) this.go(this.#stepRead(), false);
    }, SETTLE_MS);
  }

  /**
   * The last step whose top has passed 45% of the window's height; at the foot of the page, where
   * the last steps cannot rise that far, the last one whose top is in view.
   */
  #stepRead(): number {
    const foot = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    const line = window.innerHeight * (foot ? 1 : 0.45);
    let n = 1;
    this.#steps.forEach((s, i) => {
      if (s.getBoundingClientRect().top <= line) n = i + 1;
    });
    return n;
  }

  /** Makes step n current; `scroll` brings it into view (and pins it, so that #follow does not overrule it). */
  go(n: number, scroll: boolean, first = false) {
    const step = this.#steps[n - 1];
    if (!step) return;
    if (scroll) {
      this.#pinned = true;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      step.scrollIntoView({ behavior: still || first ? 'auto' : 'smooth', block: 'start' });
      if (!first) step.focus({ preventScroll: true });
    }
    if (n === this.#current) return;
    this.#current = n;
    const ids = (step.dataset.events ?? '').split(' ').filter(Boolean);
    const wanted = new Set(ids);
    for (const s of this.#steps) s.classList.toggle('is-current', s === step);
    for (const li of this.querySelectorAll<HTMLElement>('.story-timeline li[data-id]')) {
      if (wanted.has(li.dataset.id!)) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    }
    const status = this.querySelector('.story-status');
    if (status)
      status.textContent = this.#stepOf.replace('{n}', String(n)).replace('{count}', String(this.#steps.length));
    const [prev, next] = this.querySelectorAll<HTMLButtonElement>('.story-controls button');
    if (prev) prev.disabled = n === 1;
    if (next) next.disabled = n === this.#steps.length;
    this.dataset.current = String(n);
    const at = step.dataset.at?.split(',').map(Number) as [number, number] | undefined;
    const map = this.querySelector<FocusableMap>('event-map');
    if (map) void customElements.whenDefined('event-map').then(() => map.focusEvents?.(ids, at));
    if (!first || location.hash) history.replaceState(history.state, '', `#step-${n}`);
  }
}

customElements.define('story-reader', StoryReader);
