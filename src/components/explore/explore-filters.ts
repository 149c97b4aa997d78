/**
 * <explore-filters>: reveals the filter form, keeps it and the URL query in step (through the
 * shared store) and announces "N of M events" in a live region as the filters change.
 */
import { emptyFilters, LIST_KEYS, type FilterState } from '../../lib/filters.ts';
import { chunkCount } from '../../lib/explore-index.ts';
import type { Lang } from '../../schema/enums.ts';
import { changes, filters, isEmpty, loadChunk, loadIndex, matching, setFilters } from './store.ts';

/** Text chunks fetched ahead when a reader reaches for the filters: 1,000 events' titles and summaries. */
const PREFETCH = 2;
import { fill } from './render.ts';
import type { ClientStrings } from './strings.ts';

class ExploreFilters extends HTMLElement {
  #form!: HTMLFormElement;
  #count!: HTMLElement;
  #s!: ClientStrings;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#count = this.querySelector('.filter-count')!;
    this.#s = JSON.parse(this.dataset.strings!) as ClientStrings;
    this.#write(filters());
    this.#form.removeAttribute('data-pending');
    // with this script running, a change applies at once: "Apply" would only be a second way
    this.#form.querySelector<HTMLElement>('.filter-apply')!.hidden = true;
    this.#form.addEventListener('change', () => setFilters(this.#read()));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      setFilters(this.#read());
    });
    this.#form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.#write(emptyFilters());
      setFilters(emptyFilters());
    });
    changes.addEventListener('filters', () => void this.#update());
    if (!isEmpty(filters())) void this.#update();
    // Nothing is fetched for a reader who does not filter; one who reaches for the filters gets the
    // index and the first texts while choosing, so that applying a filter needs no request.
    const warm = () => {
      this.#form.removeEventListener('pointerover', warm);
      this.#form.removeEventListener('focusin', warm);
      void this.#warm();
    };
    this.#form.addEventListener('pointerover', warm);
    this.#form.addEventListener('focusin', warm);
  }

  async #warm() {
    try {
      const { raw } = await loadIndex();
      const lang = this.dataset.lang as Lang;
      await Promise.all(
        Array.from({ length: Math.min(PREFETCH, chunkCount(raw.events.length, raw.chunk)) }, (_, n) =>
          loadChunk(lang, n),
        ),
      );
      this.dataset.warm = 'true';
    } catch {
      // filtering will retry and say so
    }
  }

  #read(): FilterState {
    const data = new FormData(this.#form);
    const state = emptyFilters();
    for (const key of LIST_KEYS) (state[key] as string[]) = data.getAll(`${key}[]`).map(String);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    return { ...state, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }

  #write(state: FilterState) {
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      input.checked = (state[input.name.replace('[]', '') as (typeof LIST_KEYS)[number]] as string[]).includes(
        input.value,
      );
    for (const key of ['from', 'to'] as const)
      (this.#form.elements.namedItem(key) as HTMLInputElement).value = state[key] ?? '';
    this.#marks(state);
  }

  /** "(2)" after each group's name that has choices, and the sum after "Filters". */
  #marks(state: FilterState) {
    let total = 0;
    for (const d of this.#form.querySelectorAll<HTMLElement>('details[data-key]')) {
      const key = d.dataset.key!;
      const n =
        key === 'dates'
          ? Number(Boolean(state.from)) + Number(Boolean(state.to))
          : (state[key as (typeof LIST_KEYS)[number]] as string[]).length;
      d.querySelector('.filter-n')!.textContent = n ? `(${n})` : '';
      d.classList.toggle('active', n > 0);
      total += n;
    }
    this.#form.querySelector('.filters-n')!.textContent = total ? `(${total})` : '';
  }

  async #update() {
    this.#marks(filters());
    try {
      const { events } = await loadIndex();
      this.#count.textContent = fill(this.#s.count, { shown: matching(events).length, total: events.length });
    } catch {
      this.#count.textContent = this.#s.error;
    }
  }
}

customElements.define('explore-filters', ExploreFilters);
