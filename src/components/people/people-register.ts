/**
 * <people-register>: filters the register's rows in the browser and keeps the filter in the URL
 * query (`?what=killed&place=almaty&age=18-29&month=2022-01&status=reported`), so that a view can
 * be shared. Without JavaScript the form stays hidden and every record is listed.
 */
import {
  matchesPerson,
  parsePeopleFilter,
  peopleFilterQuery,
  PEOPLE_FILTER_KEYS,
  type PeopleFilter,
} from '../../lib/people.ts';

class PeopleRegister extends HTMLElement {
  #form!: HTMLFormElement;
  #rows!: HTMLElement[];
  #count!: HTMLElement;
  #none!: HTMLElement;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#rows = [...this.querySelectorAll<HTMLElement>('li.person')];
    this.#count = this.querySelector('.people-count')!;
    this.#none = this.querySelector('.people-none')!;
    const filter = parsePeopleFilter(new URLSearchParams(location.search));
    this.#write(filter);
    this.#form.hidden = false;
    this.#form.addEventListener('change', () => this.#apply(this.#read(), true));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#apply(this.#read(), true);
    });
    this.#form.addEventListener('reset', (e) => {
      e.preventDefault();
      const empty = parsePeopleFilter(new URLSearchParams());
      this.#write(empty);
      this.#apply(empty, true);
    });
    this.#apply(filter, false);
  }

  #read(): PeopleFilter {
    const data = new FormData(this.#form);
    const q = new URLSearchParams();
    for (const key of PEOPLE_FILTER_KEYS) q.set(key, data.getAll(`${key}[]`).map(String).join(','));
    return parsePeopleFilter(q);
  }

  #write(f: PeopleFilter) {
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const key = input.name.replace('[]', '') as keyof PeopleFilter;
      input.checked = (f[key] as string[]).includes(input.value);
    }
  }

  #apply(f: PeopleFilter, push: boolean) {
    let shown = 0;
    for (const row of this.#rows) {
      const d = row.dataset;
      const match = matchesPerson(
        {
          outcomes: d.what!.split(' '),
          places: d.place ? d.place.split(' ') : [],
          ageBand: d.age!,
          months: d.month!.split(' '),
          status: d.status!,
        },
        f,
      );
      row.hidden = !match;
      if (match) shown++;
    }
    this.#count.textContent = this.dataset
      .shown!.replace('{shown}', String(shown))
      .replace('{total}', String(this.#rows.length));
    this.#none.hidden = shown > 0;
    // the map shows the register's people by what happened: it takes that part of the filter along
    const map = this.querySelector<HTMLAnchorElement>('.people-map-link a');
    if (map) map.href = `${map.dataset.map}${f.what.length ? `&what=${f.what.join(',')}` : ''}`;
    if (push) {
      const query = peopleFilterQuery(f);
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  }
}

customElements.define('people-register', PeopleRegister);
