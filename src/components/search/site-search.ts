/**
 * <site-search>: searches with Pagefind (./search-index.ts: its index, shards, wasm and worker are
 * files of this site) and renders the results with DOM nodes. Query, filters and order are kept in
 * the URL (?q=…&type=…).
 */
import { fill, h, typeShape } from '../explore/render.ts';
import type { EventType } from '../../schema/enums.ts';
import { hitPrefixes, searchQuery } from '../../lib/search/terms.ts';
import { excerptSegments } from '../../lib/search/excerpt.ts';
import { SORT_KEY } from '../../lib/search/shards.ts';
import { loadSearchIndex, searchAll, type PagefindResult } from './search-index.ts';

interface Strings {
  results: string;
  none: string;
  loading: string;
  error: string;
  types: Record<string, string>;
  /** The label of a result that is not an entry, by its `kind` filter (story, person). */
  kinds: Record<string, string>;
}

const PAGE = 20;
const FACETS = ['type', 'place', 'month'] as const;

/** The excerpt as text nodes and <mark>s: the entry's text is never parsed as HTML. */
function excerptNodes(content: string, prefixes: readonly string[]): Node[] {
  return excerptSegments(content, prefixes).map((s) =>
    s.mark ? h('mark', {}, s.text) : document.createTextNode(s.text),
  );
}

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #s!: Strings;
  #seq = 0;
  #results: { data(): Promise<PagefindResult> }[] = [];
  #shown = 0;
  /** Every spelling of each place and person (aliasGroups), to mark them all in excerpts. */
  #groups: string[][] = [];
  #prefixes: string[] = [];

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#s = JSON.parse(this.dataset.strings!) as Strings;
    this.#groups = JSON.parse(this.dataset.aliases ?? '[]') as string[][];
    const q = new URLSearchParams(location.search);
    for (const name of ['q', ...FACETS, 'sort']) {
      const el = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (el && q.get(name)) el.value = q.get(name)!;
    }
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#run();
    });
    this.#form.addEventListener('input', () => void this.#run(true));
    this.#form.addEventListener('change', () => void this.#run());
    this.querySelector('.search-more')!.addEventListener('click', () => void this.#more(true));
    if ([...q.keys()].length) void this.#run();
    else void this.#index(); // warm up while the reader types
  }

  #index() {
    return loadSearchIndex(this.dataset.cacheTag!, document.documentElement.lang);
  }

  #value(name: string) {
    return String(new FormData(this.#form).get(name) ?? '').trim();
  }

  async #run(debounce = false) {
    const seq = ++this.#seq;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const query = this.#value('q');
    const filters = Object.fromEntries(FACETS.filter((f) => this.#value(f)).map((f) => [f, this.#value(f)]));
    const sort = this.#value('sort');
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: query, ...filters, sort })) if (v) params.set(k, v);
    history.replaceState(history.state, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      this.querySelector<HTMLElement>('.search-more')!.hidden = true;
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      const index = await this.#index();
      const options = { filters, ...(sort ? { sort: { [SORT_KEY]: sort } } : {}) };
      const search = await searchAll(index, query ? searchQuery(query) : null, options, debounce ? 250 : undefined);
      if (seq !== this.#seq || !search) return;
      this.#results = search.results;
      this.#prefixes = hitPrefixes(query, this.#groups);
      this.#shown = 0;
      list.replaceChildren();
      await this.#more(false, seq);
      if (seq !== this.#seq) return;
      status.textContent = this.#results.length ? fill(this.#s.results, { count: this.#results.length }) : this.#s.none;
      this.dataset.count = String(this.#results.length);
    } catch (e) {
      console.error(e);
      status.textContent = this.#s.error;
    } finally {
      if (seq === this.#seq) {
        this.removeAttribute('aria-busy');
        document.dispatchEvent(new CustomEvent('search:done'));
      }
    }
  }

  async #more(focus: boolean, seq = this.#seq) {
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const next = await Promise.all(this.#results.slice(this.#shown, this.#shown + PAGE).map((r) => r.data()));
    if (seq !== this.#seq) return;
    const before = list.children.length;
    for (const r of next) {
      const type = r.filters.type?.[0] as EventType | undefined;
      // an entry: its type, date and place; a story: "Stories", its period and places; a person:
      // "People", what happened and where
      const kind = r.filters.kind?.[0];
      const label = type
        ? h('span', { class: `badge type-badge t-${type}` }, typeShape(type), this.#s.types[type] ?? type)
        : kind
          ? h('span', { class: `badge kind-badge k-${kind}` }, this.#s.kinds[kind] ?? kind)
          : undefined;
      list.append(
        h(
          'li',
          { class: 'event-item search-result', 'data-kind': kind },
          h(
            'div',
            { class: 'event-meta' },
            ...(label ? [label] : []),
            ...[r.meta.date, r.meta.what, r.meta.place].filter((m) => m).map((m) => h('span', {}, m!)),
          ),
          h('h2', {}, h('a', { href: r.url }, r.meta.title ?? r.url)),
          h('p', { class: 'search-excerpt' }, ...excerptNodes(r.content, this.#prefixes)),
        ),
      );
    }
    this.#shown += next.length;
    this.querySelector<HTMLElement>('.search-more')!.hidden = this.#shown >= this.#results.length;
    if (focus) list.children[before]?.querySelector('a')?.focus();
  }
}

customElements.define('site-search', SiteSearch);
