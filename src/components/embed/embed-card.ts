/**
 * <qc-embed-card>: one entry as a card, in the single card frame of each language
 * (/embed/{lang}/event/?id=<entry id>). It looks the entry up in the index the timeline and the map
 * already use (/data/explore/), fetches only the text chunk that holds it, and draws the card with
 * textContent only. Until then, and if anything fails, the frame holds a plain link to the entry's
 * page: the card never leaves a reader without the way to the entry.
 */
import { decodeIndex, type ExploreIndex, type TextChunk } from '../../lib/explore-index.ts';
import { localePath, paths, withBase } from '../../lib/urls.ts';
import { VERIFICATION_MARKS } from '../../lib/symbols.ts';
import type { Lang } from '../../schema/enums.ts';
import { fill, h, typeShape } from '../explore/render.ts';
import { applyOptions, reportSize } from './frame.ts';
import type { EmbedStrings } from './strings.ts';

/** An entry id as the content contract writes it: nothing else is looked up. */
export const ENTRY_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(withBase(path));
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

class EmbedCard extends HTMLElement {
  async connectedCallback() {
    const lang = this.dataset.lang as Lang;
    const s = JSON.parse(this.dataset.strings!) as EmbedStrings & {
      unknown: string;
      originalIn: string;
      langName: Record<Lang, string>;
    };
    const status = this.querySelector<HTMLElement>('.embed-count')!;
    const fallback = this.querySelector<HTMLAnchorElement>('.embed-fallback')!;
    applyOptions(location.search);
    reportSize();
    const id = new URLSearchParams(location.search).get('id') ?? '';
    try {
      if (!ENTRY_ID.test(id)) throw new RangeError(id);
      const href = localePath(lang, paths.event(id));
      fallback.href = href;
      fallback.hidden = false;
      const index = await getJson<ExploreIndex>('data/explore/index.json');
      const event = decodeIndex(index).find((e) => e.id === id);
      if (!event) throw new RangeError(id);
      const chunk = await getJson<TextChunk>(`data/explore/${lang}/${Math.floor(event.n / index.chunk)}.json`);
      const [title, summary, textLang] = chunk.texts[event.n % index.chunk]!;
      const places = new Map(index.places.map((p) => [p.id, p]));
      const place = places.get(event.place);
      const region = event.region ? places.get(event.region) : undefined;
      const day = chunk.days[event.day]?.[0] ?? event.day;
      const newTab = h('span', { class: 'visually-hidden', lang }, ` (${s.newTab})`);
      const card = h(
        'article',
        { class: `embed-item embed-card t-${event.type}`, 'data-id': id },
        h(
          'p',
          { class: 'embed-meta' },
          h('time', { datetime: event.day }, event.time ? `${day}, ${event.time}` : day),
          ' · ',
          place?.name[lang] ?? event.place,
          region ? `, ${region.name[lang]}` : '',
        ),
        h(
          'h1',
          { class: 'embed-title', lang: textLang || undefined },
          h('a', { href, target: '_blank', rel: 'noopener' }, title, newTab),
        ),
        h(
          'p',
          { class: 'embed-tags' },
          h('span', { class: `badge type-badge t-${event.type}` }, typeShape(event.type), s.type[event.type]),
          ' ',
          h(
            'span',
            { class: `badge verif verif-${event.verification}`, title: s.verificationText[event.verification] },
            h('span', { 'aria-hidden': 'true' }, VERIFICATION_MARKS[event.verification]),
            s.verification[event.verification],
          ),
        ),
        h('p', { class: 'embed-summary', lang: textLang || undefined }, summary),
        textLang
          ? h('p', { class: 'muted embed-meta' }, fill(s.originalIn, { lang: s.langName[textLang as Lang] }))
          : '',
      );
      document.title = title;
      status.replaceWith(card);
    } catch (error) {
      status.textContent = error instanceof RangeError ? s.unknown : s.error;
      if (!(error instanceof RangeError)) console.error(error);
    } finally {
      this.setAttribute('aria-busy', 'false');
    }
  }
}

customElements.define('qc-embed-card', EmbedCard);
