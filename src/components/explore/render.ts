/**
 * DOM builders for events rendered in the browser: the same markup as EventItem.astro and
 * DayGroups.astro, built with createElement and textContent only (entry text never becomes HTML).
 */
import type { ExploreEvent, IndexPlace } from '../../lib/explore-index.ts';
import { TYPE_SHAPES, VERIFICATION_MARKS } from '../../lib/symbols.ts';
import { fill as fillTemplate, type Params } from '../../lib/fill.ts';
import { localePath, paths } from '../../lib/urls.ts';
import type { Lang } from '../../schema/enums.ts';
import type { ClientStrings } from './strings.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

export function typeShape(type: ExploreEvent['type']): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 10 10');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', TYPE_SHAPES[type]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export interface ItemContext {
  lang: Lang;
  s: ClientStrings;
  places: Map<string, IndexPlace>;
  heading: 'h3' | 'h4';
}

/** [title, summary, language of an untranslated text or ""]. */
export type ItemText = [string, string, string];

export function eventItem(e: ExploreEvent, [title, summary, textLang]: ItemText, c: ItemContext): HTMLLIElement {
  const place = c.places.get(e.place);
  const meta = h(
    'div',
    { class: 'event-meta' },
    ...(e.time ? [h('time', { datetime: `${e.day}T${e.time.slice(0, 5)}` }, e.time)] : []),
    h('span', { class: `badge type-badge t-${e.type}` }, typeShape(e.type), c.s.type[e.type]),
    h('a', { href: localePath(c.lang, paths.place(e.place)) }, place?.name[c.lang] ?? e.place),
    h(
      'span',
      { class: `badge verif verif-${e.verification}`, title: c.s.verificationText[e.verification] },
      h('span', { 'aria-hidden': 'true' }, VERIFICATION_MARKS[e.verification]),
      c.s.verification[e.verification],
    ),
  );
  const other = textLang || undefined;
  return h(
    'li',
    { class: 'event-item', 'data-id': e.id },
    meta,
    h(c.heading, { lang: other }, h('a', { href: localePath(c.lang, paths.event(e.id)) }, title)),
    h('p', { lang: other }, summary),
  );
}

/**
 * Appends events to a container of day groups, continuing the last group when the day goes on.
 * Within a day the events come timed first (the index is in that order); the untimed ones that
 * follow timed ones go into a second list under "time not known", as on the server-rendered pages.
 */
export function appendDayGroups(
  container: HTMLElement,
  events: readonly ExploreEvent[],
  texts: { text: (e: ExploreEvent) => ItemText; day: (e: ExploreEvent) => [string, string] },
  c: ItemContext,
) {
  let section = container.lastElementChild as HTMLElement | null;
  let list = section?.querySelector<HTMLElement>('ul.event-list:last-of-type') ?? null;
  const dayHeading = c.heading === 'h3' ? 'h2' : 'h3';
  for (const e of events) {
    const id = `${container.id || 'r'}-d-${e.day}`;
    if (!section || section.dataset.day !== e.day || !list) {
      const [label, weekday] = texts.day(e);
      list = h('ul', { class: 'event-list' });
      section = h(
        'section',
        { class: 'day-group', 'aria-labelledby': id, 'data-day': e.day },
        h(
          dayHeading,
          { id },
          h('a', { href: localePath(c.lang, paths.day(e.day)) }, label),
          ' ',
          h('small', {}, weekday),
        ),
        list,
      );
      container.append(section);
    }
    if (!e.time && list.dataset.untimed === undefined) {
      if (list.children.length) {
        section.append(h('p', { class: 'time-unknown', id: `${id}-untimed` }, c.s.timeUnknown));
        list = h('ul', { class: 'event-list', 'aria-labelledby': `${id}-untimed` });
        section.append(list);
      }
      list.dataset.untimed = '';
    }
    list.append(eventItem(e, texts.text(e), c));
  }
}

/** Fills a UI template in the browser with the server's filler, in the page's language (`<html lang>`). */
export function fill(text: string, params: Params, lang = document.documentElement.lang as Lang): string {
  return fillTemplate(text, params, lang);
}
