/**
 * Widgets for member sites: the options a frame reads from its URL beyond the shared filters
 * (limit, theme, accent), the frame's path, and the snippets the builder page hands out. The
 * loader (public/embed.js) copies an element's data-* attributes into the same query, so the
 * names here are the attribute names too: data-type="detention" → ?type=detention.
 */
import { emptyFilters, parseFilters, serializeFilters, type FilterState } from './filters.ts';
import { LANGS, type Lang } from '../schema/enums.ts';
import { esc } from './exports/xml.ts';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface WidgetOptions {
  limit?: number;
  theme: Theme;
  /** A hex colour, #rrggbb or #rgb. */
  accent?: string;
}

export interface Widget extends WidgetOptions {
  kind: 'timeline' | 'event' | 'story';
  lang: Lang;
  filters: FilterState;
  /** The entry of an event card, or the story of a story frame. */
  id?: string;
}

/** The most items a timeline widget shows; a bigger `limit` is lowered to it. */
export const MAX_LIMIT = 500;
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseWidgetOptions(search: string | URLSearchParams): WidgetOptions {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const limit = Number.parseInt(q.get('limit') ?? '', 10);
  const theme = q.get('theme') ?? '';
  const accent = q.get('accent') ?? '';
  return {
    ...(Number.isFinite(limit) && limit > 0 ? { limit: Math.min(limit, MAX_LIMIT) } : {}),
    theme: (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : 'auto',
    ...(HEX.test(accent) ? { accent: `#${HEX.exec(accent)![1]!.toLowerCase()}` } : {}),
  };
}

/** The query of a frame: the filters in their canonical order, then the widget's options. */
export function widgetQuery(w: Widget): string {
  const extra = {
    limit: w.limit ? String(w.limit) : undefined,
    theme: w.theme !== 'auto' ? w.theme : undefined,
    accent: w.accent?.replace(/^#/, ''),
  };
  return serializeFilters(w.kind === 'timeline' ? w.filters : emptyFilters(), extra);
}

/**
 * The frame's path below the site root: `embed/ru/timeline/?type=detention`, or for a card the one
 * card frame of the language with the entry in its query, `embed/en/event/?id=2022-01-05-x&theme=dark`.
 */
export function framePath(w: Widget): string {
  const query = widgetQuery(w);
  if (w.kind === 'event')
    return `embed/${w.lang}/event/?id=${encodeURIComponent(w.id ?? '')}${query ? `&${query.slice(1)}` : ''}`;
  if (w.kind === 'story') return `embed/${w.lang}/story/${w.id}/${query}`;
  return `embed/${w.lang}/timeline/${query}`;
}

/** An entry's page, where a card's fallback link leads. */
export function entryPagePath(w: Widget): string {
  return `${w.lang}/events/${w.id ?? ''}/`;
}

/** The data-* attributes of the loader's element, in the query's order. */
export function widgetAttributes(w: Widget): [string, string][] {
  const attrs: [string, string][] =
    w.kind === 'timeline' ? [['data-qantar-timeline', '']] : [[`data-qantar-${w.kind}`, w.id ?? '']];
  attrs.push(['data-lang', w.lang]);
  for (const [key, value] of new URLSearchParams(widgetQuery(w)))
    attrs.push([`data-${key}`, key === 'accent' ? `#${value}` : value]);
  return attrs;
}

/** A path under the site root: an address, or a path when the build has no public address. */
function under(siteRoot: string, path: string): string {
  return /^https?:/.test(siteRoot)
    ? new URL(path, siteRoot).href
    : `${siteRoot.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/**
 * What a member site pastes: one element per widget and one script for the page. A card's element
 * holds a plain link to the entry, which readers without JavaScript keep and the loader hides.
 */
export function loaderSnippet(w: Widget, siteRoot: string, linkText = 'Qantar Chronicle'): string {
  const attrs = widgetAttributes(w)
    .map(([k, v]) => (v === '' ? k : `${k}="${esc(v)}"`))
    .join(' ');
  const fallback = w.kind === 'event' ? `<a href="${esc(under(siteRoot, entryPagePath(w)))}">${esc(linkText)}</a>` : '';
  return `<div ${attrs}>${fallback}</div>\n<script src="${esc(under(siteRoot, 'embed.js'))}" async></script>`;
}

/** The same widget without the loader: a plain iframe of a fixed height. */
export function iframeSnippet(w: Widget, siteRoot: string, title: string, height = 600): string {
  const src = under(siteRoot, framePath(w));
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

/** Reads a builder's or a test's query back into a widget (the inverse of framePath's query). */
export function widgetFromQuery(kind: Widget['kind'], lang: string, search: string, id?: string): Widget {
  return {
    kind,
    lang: (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en',
    filters: parseFilters(search),
    ...parseWidgetOptions(search),
    ...(id ? { id } : {}),
  };
}
