/**
 * <map-show>: the map's choice between events and people, and the people's "what happened"
 * filter, kept in the URL through the shared store. Marks the page (`data-show` on `.map-page`) so
 * that the parts for one layer only hide with the other, and keeps the link to the register on
 * the same filter.
 */
import { parseOutcomes } from '../../lib/people-map.ts';
import { param, setLayer } from './store.ts';

class MapShow extends HTMLElement {
  #form!: HTMLElement;

  connectedCallback() {
    this.#form = this.querySelector('.map-show')!;
    const show = param('show') === 'people' ? 'people' : 'events';
    const what = parseOutcomes(param('what'));
    this.#form.querySelector<HTMLInputElement>(`input[name=show][value=${show}]`)!.checked = true;
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[name="what[]"]'))
      input.checked = what.includes(input.value as (typeof what)[number]);
    this.#form.hidden = false;
    this.#mark(show, what);
    this.#form.addEventListener('change', () => {
      const checked = (name: string) =>
        [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
      const next = checked('show')[0] === 'people' ? 'people' : 'events';
      const chosen = parseOutcomes(checked('what[]').join(','));
      this.#mark(next, chosen);
      setLayer(next, chosen);
    });
  }

  #mark(show: 'events' | 'people', what: string[]) {
    this.closest<HTMLElement>('.map-page')?.setAttribute('data-show', show);
    const link = this.querySelector<HTMLAnchorElement>('.map-show-register a');
    if (link) link.href = `${this.dataset.register}${what.length ? `?what=${what.join(',')}` : ''}`;
  }
}

customElements.define('map-show', MapShow);
