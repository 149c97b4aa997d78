/**
 * /{lang}/feed.xml: an Atom 1.0 feed (RFC 4287) of the entries in one language, newest change
 * first. An entry's `updated` is the day of its last substantive change (lastUpdated), so a
 * correction brings an entry back to the top of feed readers.
 */
import { textFor } from '../chronicle.ts';
import { formatMoment } from '../dates.ts';
import type { EventType, Lang } from '../../schema/enums.ts';
import { localePath } from '../urls.ts';
import { absolute, eventUrl, lastUpdated, type ExportContext } from './context.ts';
import { esc } from './xml.ts';

export interface FeedStrings {
  title: string;
  subtitle: string;
  publisher: string;
  rights: string;
  typeLabel: (type: EventType) => string;
  /** The category label of a story ("Story"). */
  storyLabel?: string;
}

/** A story as the feed lists it: its text in the feed's language (or its original when untranslated). */
export interface FeedStory {
  id: string;
  title: string;
  summary: string;
  /** Language of title and summary. */
  lang: Lang;
  /** The day it was published: its place among the entries. */
  published: string;
}

/** A day as an RFC 3339 instant: the start of that day in UTC. */
export function dayInstant(day: string): string {
  return `${day.length === 7 ? `${day}-01` : day}T00:00:00Z`;
}

/**
 * An Atom id must be an absolute IRI. Without the site's public address the links are paths
 * (readers' tools resolve them against the feed's own address), and ids are tag URIs made from the
 * same path, and never name a made-up host.
 */
function atomId(url: string): string {
  return /^https?:/.test(url) ? url : `tag:qantar-chronicle,2022:${url}`;
}

export function atomFeed(ctx: ExportContext, lang: Lang, s: FeedStrings, stories: readonly FeedStory[] = []): string {
  const entries = ctx.chronicle.events
    .map((e) => ({ e, updated: lastUpdated(e) }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.e.id.localeCompare(b.e.id));
  const newest = [entries[0]?.updated, ...stories.map((st) => st.published)]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const self = absolute(ctx, localePath(lang, 'feed.xml', '/'));
  const home = absolute(ctx, localePath(lang, '', '/'));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${esc(atomId(self))}</id>`,
    `  <title>${esc(s.title)}</title>`,
    `  <subtitle>${esc(s.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(self)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${esc(home)}"/>`,
    `  <updated>${dayInstant(newest ?? '2022-01-01')}</updated>`,
    `  <author><name>${esc(s.publisher)}</name></author>`,
    `  <rights>${esc(s.rights)}</rights>`,
  ];
  // entries and stories in one order, the newest first, as the feed's readers expect
  const items: { updated: string; key: string; xml: string[] }[] = [];
  for (const { e, updated } of entries) {
    const text = textFor(e, lang);
    const url = eventUrl(ctx, e.id, lang);
    const when = formatMoment(e.start, e.data.timePrecision, lang);
    const textLang = text.lang !== lang ? ` xml:lang="${text.lang}"` : '';
    items.push({
      updated,
      key: e.id,
      xml: [
        '  <entry>',
        `    <id>${esc(atomId(url))}</id>`,
        `    <title${textLang}>${esc(text.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${esc(url)}"/>`,
        `    <updated>${dayInstant(updated)}</updated>`,
        `    <category term="${e.data.type}" label="${esc(s.typeLabel(e.data.type))}"/>`,
        `    <summary${textLang}>${esc(`${when} · ${e.place.name[lang]}. ${text.summary}`)}</summary>`,
        '  </entry>',
      ],
    });
  }
  for (const st of stories) {
    const url = absolute(ctx, localePath(lang, `stories/${st.id}/`, '/'));
    const textLang = st.lang !== lang ? ` xml:lang="${st.lang}"` : '';
    items.push({
      updated: st.published,
      key: `story/${st.id}`,
      xml: [
        '  <entry>',
        `    <id>${esc(atomId(url))}</id>`,
        `    <title${textLang}>${esc(st.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${esc(url)}"/>`,
        `    <updated>${dayInstant(st.published)}</updated>`,
        `    <category term="story"${s.storyLabel ? ` label="${esc(s.storyLabel)}"` : ''}/>`,
        `    <summary${textLang}>${esc(st.summary)}</summary>`,
        '  </entry>',
      ],
    });
  }
  items.sort((a, b) => b.updated.localeCompare(a.updated) || a.key.localeCompare(b.key));
  for (const item of items) lines.push(...item.xml);
  lines.push('</feed>', '');
  return lines.join('\n');
}
