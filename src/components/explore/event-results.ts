/**
 * <event-results>: renders the events that match the filters, a page at a time ("Show more"),
 * fetching only the text chunks those events are in. Dispatches `explore:shown` on document when
 * the first screenful is in the page and `explore:rendered` when the whole page of events is
 * (the browser tests and `npm run bench` wait for them).
 */
import type { ExploreEvent } from '../../lib/explore-index.ts';
import type { Lang } from '../../schema/enums.ts';
import { appendDayGroups, fill, h, type ItemContext } from './render.ts';
import { changes, filters, inView, isEmpty, loadIndex, matching, textsOf, type Explore } from './store.ts';
import type { ClientStrings } from './strings.ts';

const PAGE = 50;
/** Events shown in the first frame after a filter changes (a screenful); the rest of the page follows in the next. */
const FIRST = 12;

class EventResults extends HTMLElement {
  #seq = 0;
  #matches: ExploreEvent[] = [];
  #shown = 0;
  #ctx!: ItemContext;
  #ex?: Explore;

  connectedCallback() {
    const s = JSON.parse(this.dataset.strings!) as ClientStrings;
    this.#ctx = {
      lang: this.dataset.lang as Lang,
      s,
      places: new Map(),
      heading: this.dataset.heading === 'h4' ? 'h4' : 'h3',
    };
    this.querySelector('.more')!.addEventListener('click', () => void this.#more(true));
    changes.addEventListener('filters', () => void this.render());
    // beside the map, the list follows the part of the map in view
    if (this.dataset.mode === 'all') changes.addEventListener('view', () => void this.render());
    if (this.dataset.mode === 'all' || !isEmpty(filters())) void this.render();
  }

  get #results() {
    return this.querySelector<HTMLElement>('.results')!;
  }

  async render() {
    const seq = ++this.#seq;
    const started = performance.now();
    const staticList = this.querySelector<HTMLElement>('.static-list')!;
    const more = this.querySelector<HTMLButtonElement>('.more')!;
    if (this.dataset.mode === 'timeline' && isEmpty(filters())) {
      staticList.hidden = false;
      this.#results.hidden = true;
      more.hidden = true;
      this.#done(started);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      this.#ex ??= await loadIndex();
      if (!this.#ctx.places.size) for (const p of this.#ex.raw.places) this.#ctx.places.set(p.id, p);
      if (seq !== this.#seq) return;
      const all = matching(this.#ex.events);
      this.#matches = this.dataset.mode === 'all' ? all.filter(inView) : all;
      const count = this.querySelector<HTMLElement>('.view-count');
      if (count) count.textContent = fill(this.#ctx.s.inView, { shown: this.#matches.length, total: all.length });
      this.#shown = 0;
      const fresh = this.#results.cloneNode(false) as HTMLElement;
      if (!(await this.#more(false, fresh, seq, FIRST))) return;
      if (!this.#matches.length) fresh.append(h('p', { class: 'muted' }, this.#ctx.s.none));
      this.#results.replaceWith(fresh);
      fresh.hidden = false;
      staticList.hidden = true;
      document.dispatchEvent(new CustomEvent('explore:shown', { detail: { ms: performance.now() - started } }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (seq !== this.#seq || !(await this.#more(false, fresh, seq, PAGE - FIRST))) return;
    } catch {
      this.#results.replaceChildren(h('p', { class: 'notice' }, this.#ctx.s.error));
      this.#results.hidden = false;
    } finally {
      if (seq === this.#seq) this.removeAttribute('aria-busy');
    }
    this.#done(started);
  }

  /** Appends the next page of matches; false when a newer render has started meanwhile. */
  async #more(focus: boolean, into = this.#results, seq = this.#seq, count = PAGE): Promise<boolean> {
    const next = this.#matches.slice(this.#shown, this.#shown + count);
    const texts = await textsOf(this.#ctx.lang, next, this.#ex!.raw.chunk);
    if (seq !== this.#seq) return false;
    const before = into.querySelectorAll('.event-item').length;
    appendDayGroups(into, next, texts, this.#ctx);
    this.#shown += next.length;
    this.querySelector<HTMLButtonElement>('.more')!.hidden = this.#shown >= this.#matches.length;
    if (focus)
      into.querySelectorAll<HTMLElement>('.event-item')[before]?.querySelector<HTMLElement>('h3 a, h4 a')?.focus();
    return true;
  }

  #done(started: number) {
    document.dispatchEvent(
      new CustomEvent('explore:rendered', { detail: { ms: performance.now() - started, mode: this.dataset.mode } }),
    );
  }
}

customElements.define('event-results', EventResults);
