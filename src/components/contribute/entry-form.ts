/**
 * <entry-form>: reads the proposal form, checks it with the build's own schema and rules
 * (src/lib/content/proposal.ts, which imports src/schema/event.ts), shows each problem beside its
 * field and in a summary at the top, and offers the resulting Markdown as a download (a Blob URL)
 * and as a link to GitHub's new-file editor. It makes no request to anyone but the site itself:
 * the checker (form-checker.ts) and the messages of the page's language only are fetched from the
 * site on the first check, so the form opens light.
 */
import { LANGS, type Lang } from '../../schema/enums.ts';
import type { PlaceData } from '../../schema/place.ts';
import type { SourceChoice } from '../../lib/source-choices.ts';
import type { Catalogue } from '../../schema/messages.ts';
import { fill } from '../../lib/fill.ts';
import type { FieldError, FormValues, Proposal } from '../../lib/content/proposal.ts';

type Checker = typeof import('./form-checker.ts');

/** Each language's messages are a chunk of their own: a Kazakh reader never downloads the Russian. */
const MESSAGES: Record<Lang, () => Promise<Catalogue>> = {
  kk: () => import('../../lib/content/messages.kk.ts').then((m) => m.KK),
  ru: () => import('../../lib/content/messages.ru.ts').then((m) => m.RU),
  en: () => import('../../schema/messages.ts').then((m) => m.EN),
};

class EntryForm extends HTMLElement {
  #form!: HTMLFormElement;
  #lang: Lang = 'en';
  #places: PlaceData[] = [];
  #sources: { id: string; data: { publisher: string } }[] = [];
  #blobUrl: string | undefined;
  #checked = false;
  #next = 0;
  #checker: Promise<[Checker, Catalogue]> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    const lang = this.dataset.lang ?? 'en';
    this.#lang = (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
    this.#places = JSON.parse(this.dataset.places ?? '[]');
    void this.loadSources().then(
      () => this.start(),
      () => {
        // the script runs, so what stops the form is the missing list, not JavaScript
        this.querySelector<HTMLElement>('.needs-js')!.hidden = true;
        this.querySelector<HTMLElement>('[data-sources-error]')!.hidden = false;
      },
    );
  }

  /** The sources an entry may cite, read when the form opens: they grow with the chronicle. */
  async loadSources() {
    const response = await fetch(this.dataset.sourcesUrl!);
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    const choices = (await response.json()) as SourceChoice[];
    this.#sources = choices.map((c) => ({ id: c.id, data: { publisher: c.publisher } }));
    const select =
      this.querySelector<HTMLTemplateElement>('template[data-row="source"]')!.content.querySelector(
        'select[name="source"]',
      )!;
    select.append(...choices.map((c) => new Option(c.label, c.id)));
  }

  start() {
    this.addRow('source');
    this.querySelectorAll<HTMLButtonElement>('[data-add]').forEach((b) =>
      b.addEventListener('click', () => this.addRow(b.dataset.add as 'source' | 'figure', true)),
    );
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#checked = true;
      void this.check(true);
    });
    // once checked, problems follow the typing: fixed ones disappear at once
    this.#form.addEventListener('input', () => this.#checked && void this.check(false));
    this.#form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('select[name="source"]')) this.refreshFigureSources();
      if (this.#checked) void this.check(false);
    });
    this.#form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
    this.dataset.ready = '';
  }

  disconnectedCallback() {
    if (this.#blobUrl) URL.revokeObjectURL(this.#blobUrl);
  }

  /** Clones a source or figure row; ids get a unique suffix so labels and hints stay attached. */
  addRow(kind: 'source' | 'figure', focus = false) {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-row="${kind}"]`)!;
    const list = this.querySelector<HTMLOListElement>(`ol[data-rows="${kind}"]`)!;
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const k = this.#next++;
    item.querySelectorAll('[id]').forEach((el) => (el.id = `${el.id}-${k}`));
    item.querySelectorAll('label[for]').forEach((el) => el.setAttribute('for', `${el.getAttribute('for')}-${k}`));
    item.querySelectorAll('[aria-describedby]').forEach((el) =>
      el.setAttribute(
        'aria-describedby',
        el
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => `${id}-${k}`)
          .join(' '),
      ),
    );
    const title = item.querySelector<HTMLElement>(kind === 'source' ? '[data-field="source"] > label' : '.row-title')!;
    title.dataset.template = title.textContent!.trim();
    item.querySelector('.remove')!.addEventListener('click', () => {
      item.remove();
      this.renumber(kind);
      this.refreshFigureSources();
      if (this.#checked) void this.check(false);
    });
    list.append(item);
    this.renumber(kind);
    if (kind === 'figure') this.refreshFigureSources();
    if (focus) item.querySelector<HTMLElement>('select, input')?.focus();
  }

  /** "Source 1", "Source 2"… follow the order on screen; the first source cannot be removed. */
  renumber(kind: 'source' | 'figure') {
    const items = this.rows(kind);
    items.forEach((item, i) => {
      const title = item.querySelector<HTMLElement>('[data-template]')!;
      title.textContent = fill(title.dataset.template!, { n: i + 1 }, this.#lang);
      item.querySelector<HTMLButtonElement>('.remove')!.hidden = kind === 'source' && items.length === 1;
    });
  }

  rows(kind: 'source' | 'figure'): HTMLLIElement[] {
    return [...this.querySelectorAll<HTMLLIElement>(`ol[data-rows="${kind}"] > li`)];
  }

  /** A figure's source must be one of the entry's sources: offer exactly those. */
  refreshFigureSources() {
    const chosen = this.rows('source')
      .map((r) => r.querySelector<HTMLSelectElement>('select[name="source"]')!)
      .filter((s) => s.value)
      .map((s) => ({ id: s.value, label: s.selectedOptions[0]!.textContent! }));
    for (const row of this.rows('figure')) {
      const select = row.querySelector<HTMLSelectElement>('select[name="figsource"]')!;
      const current = select.value;
      select.replaceChildren(select.options[0]!);
      for (const c of chosen) select.append(new Option(c.label, c.id, false, c.id === current));
    }
  }

  values(): FormValues {
    const f = this.#form;
    const value = (name: string) => (f.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const checked = (name: string) =>
      [...f.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const inRow = (row: HTMLElement, name: string) => row.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
    return {
      lang: value('lang'),
      title: value('title'),
      summary: value('summary'),
      date: value('date'),
      time: value('time'),
      endDate: value('endDate'),
      endTime: value('endTime'),
      precision: value('precision'),
      place: value('place'),
      type: value('type'),
      actors: checked('actors[]'),
      rights: checked('rights[]'),
      sources: this.rows('source').map((r) => ({ id: inRow(r, 'source'), locator: inRow(r, 'locator') })),
      figures: this.rows('figure').map((r) => ({
        measure: inRow(r, 'measure'),
        count: inRow(r, 'count'),
        qualifier: inRow(r, 'qualifier'),
        group: inRow(r, 'group'),
        source: inRow(r, 'figsource'),
        scope: inRow(r, 'scope'),
        asOf: inRow(r, 'asOf'),
        statedBy: inRow(r, 'statedBy'),
        statedByName: { kk: inRow(r, 'statedByKk'), ru: inRow(r, 'statedByRu'), en: inRow(r, 'statedByEn') },
      })),
      verification: value('verification'),
      body: value('body'),
      slug: value('slug'),
    };
  }

  async check(moveFocus: boolean) {
    this.#checker ??= Promise.all([import('./form-checker.ts'), MESSAGES[this.#lang]()]);
    const [{ propose, githubNewFileUrl }, catalogue] = await this.#checker;
    const proposal = propose(this.values(), { places: this.#places, sources: this.#sources }, catalogue);
    this.showErrors(proposal.errors, moveFocus);
    this.showResult(proposal.errors.length ? undefined : proposal, moveFocus, githubNewFileUrl);
  }

  /** The field element an error belongs to: `title`, `source-1` (second source row), `figure-0-count`. */
  fieldFor(name: string): HTMLElement | null {
    const row = /^source-(\d+)$/.exec(name);
    if (row) return this.rows('source')[Number(row[1])]?.querySelector('[data-field="source"]') ?? null;
    const fig = /^figure-(\d+)-(\w+)$/.exec(name);
    if (fig) return this.rows('figure')[Number(fig[1])]?.querySelector(`[data-field="${fig[2]}"]`) ?? null;
    return this.querySelector(`[data-field="${name}"]`);
  }

  showErrors(errors: FieldError[], moveFocus: boolean) {
    for (const el of this.querySelectorAll<HTMLElement>('.field-error')) {
      el.hidden = true;
      el.textContent = '';
    }
    for (const el of this.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const summary = this.querySelector<HTMLElement>('.error-summary')!;
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    // the summary lists problems in the order of the form, top to bottom
    const placed = errors
      .map((error) => ({
        error,
        field: this.fieldFor(error.field) ?? this.querySelector<HTMLElement>('[data-field="slug"]')!,
      }))
      .sort((a, b) =>
        a.field === b.field ? 0 : a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    for (const { error, field } of placed) {
      const slot = field.querySelector<HTMLElement>(':scope > .field-error')!;
      // one problem per line (the class keeps line breaks)
      slot.textContent = slot.textContent ? `${slot.textContent}\n${error.message}` : error.message;
      slot.hidden = false;
      const control = field.querySelector<HTMLElement>('input, select, textarea');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
        ids.add(slot.id);
        control.setAttribute('aria-describedby', [...ids].join(' '));
      }
      let label = field.querySelector(':scope > label, :scope > legend')?.textContent?.trim() ?? error.field;
      // inside a numbered row, say which one: "Figure 2 — Number"
      const rowTitle = field.closest('.row-item')?.querySelector('[data-template]')?.textContent?.trim();
      if (rowTitle && rowTitle !== label) label = `${rowTitle} — ${label}`;
      const a = document.createElement('a');
      a.href = `#${control?.id ?? slot.id}`;
      a.textContent = `${label}: ${error.message}`;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        (control ?? field).focus();
      });
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    summary.hidden = errors.length === 0;
    if (errors.length && moveFocus) summary.focus();
  }

  showResult(proposal: Proposal | undefined, moveFocus: boolean, githubNewFileUrl: Checker['githubNewFileUrl']) {
    const section = this.querySelector<HTMLElement>('.result')!;
    if (this.#blobUrl) URL.revokeObjectURL(this.#blobUrl);
    this.#blobUrl = undefined;
    section.hidden = !proposal;
    if (!proposal) return;
    const out = (name: string) => section.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
    out('id').textContent = proposal.id;
    out('path').textContent = proposal.path;
    out('markdown').textContent = proposal.markdown;
    this.#blobUrl = URL.createObjectURL(new Blob([proposal.markdown], { type: 'text/markdown;charset=utf-8' }));
    (out('download') as HTMLAnchorElement).href = this.#blobUrl;
    const repo = this.dataset.repository ?? '';
    (out('github') as HTMLAnchorElement).href = githubNewFileUrl(
      repo,
      this.dataset.branch ?? 'main',
      proposal.path,
      proposal.markdown,
    );
    if (moveFocus) section.querySelector<HTMLElement>('h2')!.focus();
  }
}

customElements.define('entry-form', EntryForm);
