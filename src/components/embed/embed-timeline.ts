/**
 * <qc-embed-timeline>: the timeline widget. It reads its filters from the frame's URL with the
 * site's one filter model (src/lib/filters.ts), takes the matching events from the same index as
 * the site's timeline and map (/data/explore/), and lists them with their local date, place, type,
 * title and verification. Entry text is set with textContent only; links open in a new tab.
 */
import { applyFilters, parseFilters, serializeFilters } from '../../lib/filters.ts';
import {
  decodeIndex,
  type ExploreEvent,
  type ExploreIndex,
  type IndexPlace,
  type TextChunk,
} from '../../lib/explore-index.ts';
import { localePath, paths, withBase } from '../../lib/urls.ts';
import { VERIFICATION_MARKS } from '../../lib/symbols.ts';
import type { Lang } from '../../schema/enums.ts';
import { fill, h, typeShape } from '../explore/render.ts';
import { applyOptions, reportSize } from './frame.ts';
import type { EmbedStrings } from './strings.ts';

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(withBase(path));
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

function item(
  e: ExploreEvent,
  text: TextChunk['texts'][number],
  day: string,
  place: IndexPlace | undefined,
  lang: Lang,
  s: EmbedStrings,
) {
  const [title, , textLang] = text;
  const when = e.time ? `${day}, ${e.time}` : day;
  return h(
    'li',
    { class: `embed-item t-${e.type}`, 'data-id': e.id },
    h('p', { class: 'embed-meta' }, h('time', { datetime: e.day }, when), ' · ', place?.name[lang] ?? e.place),
    h(
      'h2',
      { class: 'embed-title', lang: textLang || undefined },
      h(
        'a',
        { href: localePath(lang, paths.event(e.id)), target: '_blank', rel: 'noopener' },
        title,
        h('span', { class: 'visually-hidden', lang }, ` (${s.newTab})`),
      ),
    ),
    h(
      'p',
      { class: 'embed-tags' },
      h('span', { class: `badge type-badge t-${e.type}` }, typeShape(e.type), s.type[e.type]),
      h(
        'span',
        { class: `badge verif verif-${e.verification}`, title: s.verificationText[e.verification] },
        h('span', { 'aria-hidden': 'true' }, VERIFICATION_MARKS[e.verification]),
        s.verification[e.verification],
      ),
    ),
  );
}

class EmbedTimeline extends HTMLElement {
  async connectedCallback() {
    const lang = this.dataset.lang as Lang;
    const s = JSON.parse(this.dataset.strings!) as EmbedStrings;
    const status = this.querySelector<HTMLElement>('.embed-count')!;
    const list = this.querySelector<HTMLOListElement>('.embed-list')!;
    const more = this.querySelector<HTMLAnchorElement>('.embed-more')!;
    const full = this.querySelector<HTMLAnchorElement>('.embed-full')!;
    const filters = parseFilters(location.search);
    const options = applyOptions(location.search);
    reportSize();
    full.href = `${localePath(lang, 'timeline/')}${serializeFilters(filters)}`;
    try {
      const index = await getJson<ExploreIndex>('data/explore/index.json');
      const places = new Map(index.places.map((p) => [p.id, p]));
      const matched = applyFilters(decodeIndex(index), filters);
      const shown = options.limit ? matched.slice(0, options.limit) : matched;
      const chunkNumbers = [...new Set(shown.map((e) => Math.floor(e.n / index.chunk)))];
      const chunks = new Map(
        await Promise.all(
          chunkNumbers.map(async (n) => [n, await getJson<TextChunk>(`data/explore/${lang}/${n}.json`)] as const),
        ),
      );
      list.replaceChildren(
        ...shown.map((e) => {
          const chunk = chunks.get(Math.floor(e.n / index.chunk))!;
          return item(
            e,
            chunk.texts[e.n % index.chunk]!,
            chunk.days[e.day]?.[0] ?? e.day,
            places.get(e.place),
            lang,
            s,
          );
        }),
      );
      status.textContent = matched.length ? fill(s.count, { count: matched.length }) : s.none;
      if (matched.length > shown.length) {
        more.href = full.href;
        more.textContent = fill(s.more, { count: matched.length - shown.length });
        more.hidden = false;
      }
    } catch (error) {
      status.textContent = s.error;
      console.error(error);
    } finally {
      this.setAttribute('aria-busy', 'false');
    }
  }
}

customElements.define('qc-embed-timeline', EmbedTimeline);
