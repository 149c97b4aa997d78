/**
 * <explore-filters>: reveals the filter form, keeps it and the URL query in step (through the
 * shared store) and announces "N of M events" in a live region as the filters change.
 */
import { emptyFilters, LIST_KEYS, type FilterState } from '../../lib/filters.ts';
import { changes, filters, loadIndex, matching, setFilters } from './store.ts';
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
    this.#form.hidden = false;
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
    void this.#update();
  }

  #read(): FilterState {
    const data = new FormData(this.#form);
    const state = emptyFilters();
    for (const key of LIST_KEYS) (state[key] as string[]) = data.getAll(key).map(String);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    return { ...state, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }

  #write(state: FilterState) {
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      input.checked = (state[input.name as (typeof LIST_KEYS)[number]] as string[]).includes(input.value);
    for (const key of ['from', 'to'] as const) (this.#form.elements.namedItem(key) as HTMLInputElement).value = state[key] ?? '';
    this.#marks(state);
  }

  /** "(2)" after each group's name that has choices. */
  #marks(state: FilterState) {
    for (const d of this.#form.querySelectorAll<HTMLElement>('details[data-key]')) {
      const key = d.dataset.key!;
      const n = key === 'dates' ? Number(Boolean(state.from)) + Number(Boolean(state.to)) : (state[key as (typeof LIST_KEYS)[number]] as string[]).length;
      d.querySelector('.filter-n')!.textContent = n ? `(${n})` : '';
      d.classList.toggle('active', n > 0);
    }
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
