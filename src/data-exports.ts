/**
 * The export context of a build: the chronicle, the site's address and base, and the Markdown
 * bodies (read from the same collections as the pages), shared by the data routes and the pages
 * that describe the downloads.
 */
import { getCollection } from 'astro:content';
import { entryBody, getChronicle } from './data.ts';
import type { ExportContext } from './lib/exports/context.ts';
import { strings, type Lang } from './i18n/index.ts';
import { bodyMarkdown } from './lib/content/mdx-text.ts';
import { textFor } from './lib/chronicle.ts';
import { jsonChunks, piecesResponse, utf8Bytes } from './lib/exports/json-stream.ts';
import { eventsJson } from './lib/exports/events-json.ts';
import { eventsCsvChunks } from './lib/exports/csv.ts';
import { eventsGeoJson } from './lib/exports/geojson.ts';
import { sourcesJson } from './lib/exports/sources-json.ts';
import { feedXml, timelineFile } from './lib/exports/localized.ts';
import type { FeedStory } from './lib/exports/atom.ts';

let cached: Promise<ExportContext> | undefined;

async function build(site: URL | undefined): Promise<ExportContext> {
  const [chronicle, events, texts] = await Promise.all([
    getChronicle(),
    getCollection('events'),
    getCollection('eventTexts'),
  ]);
  // an entry in MDX is published as the Markdown it reads as (its components turned into text)
  const text = (body: string, file: string | undefined, lang: Lang) =>
    bodyMarkdown(body, file, (id) => {
      const e = chronicle.byId.get(id);
      return e && textFor(e, lang).title;
    });
  // where each event's texts are written, read one event at a time as an export reaches it: the
  // bodies of every entry at once would be a second copy of the content in memory
  const files = new Map<string, { lang: Lang; filePath?: string }[]>();
  for (const e of events) files.set(e.id, [{ lang: e.data.lang, filePath: e.filePath }]);
  for (const t of texts) {
    const [id, lang] = t.id.split('/') as [string, Lang];
    files.get(id)?.push({ lang, filePath: t.filePath });
  }
  const bodies = {
    get(id: string): Partial<Record<Lang, string>> | undefined {
      const found = files.get(id);
      if (!found) return undefined;
      return Object.fromEntries(
        found.map(({ lang, filePath }) => [lang, text(entryBody({ filePath }), filePath, lang)]),
      );
    },
  };
  return { chronicle, site, base: import.meta.env.BASE_URL, bodies };
}

export function exportContext(site: URL | undefined): Promise<ExportContext> {
  cached ??= build(site);
  return cached;
}

/** Title and publisher written into the JSON files, in English (the files hold every language). */
export const fileMeta = (what: string) => ({
  title: `${strings.en['site.name']}: ${what}`,
  publisher: strings.en['site.publisher'],
});

/**
 * JSON as published: indented, so that a diff between two releases is readable; in pieces, so that
 * the exports of every entry are made as they are written.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield '\n';
}

/** A small JSON file (a schema, the people records) as a response. */
export function json(value: unknown, type = 'application/json'): Response {
  return piecesResponse(() => jsonPieces(value), `${type}; charset=utf-8`);
}

/** A file of the whole chronicle offered for download: where it is published, its type and its text. */
export interface DownloadFile {
  /** Site path, without the base. */
  path: string;
  type: string;
  /** The text in pieces, made anew at each call. */
  pieces: () => Iterable<string>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The downloads, each defined once for the route that writes it and the data pages that list it. */
export const downloads = {
  events: (ctx: ExportContext): DownloadFile => ({
    path: 'data/events.json',
    type: JSON_TYPE,
    pieces: () => jsonPieces(eventsJson(ctx, fileMeta('events'))),
  }),
  csv: (ctx: ExportContext): DownloadFile => ({
    path: 'data/events.csv',
    type: 'text/csv; charset=utf-8; header=present',
    pieces: () => eventsCsvChunks(ctx),
  }),
  geojson: (ctx: ExportContext): DownloadFile => ({
    path: 'data/events.geojson',
    type: 'application/geo+json; charset=utf-8',
    pieces: () => jsonPieces(eventsGeoJson(ctx)),
  }),
  sources: (ctx: ExportContext): DownloadFile => ({
    path: 'data/sources.json',
    type: JSON_TYPE,
    pieces: () => jsonPieces(sourcesJson(ctx, fileMeta('sources'))),
  }),
  feed: (ctx: ExportContext, lang: Lang, stories: readonly FeedStory[]): DownloadFile => ({
    path: `${lang}/feed.xml`,
    type: 'application/atom+xml; charset=utf-8',
    pieces: () => [feedXml(ctx, lang, stories)],
  }),
  /** Each language's file under /data/{lang}/; `english: true` gives the English one under the name TimelineJS users look for. */
  timelinejs: (ctx: ExportContext, lang: Lang, english = false): DownloadFile => ({
    path: english ? 'data/timelinejs.json' : `data/${lang}/timelinejs.json`,
    type: JSON_TYPE,
    pieces: () => jsonPieces(timelineFile(ctx, lang)),
  }),
};

const sizes = new Map<string, number>();
/** The size of a download in bytes, measured once per build: its route and each language's data page share the figure. */
export function downloadSize(file: DownloadFile): number {
  let size = sizes.get(file.path);
  if (size === undefined) sizes.set(file.path, (size = utf8Bytes(file.pieces())));
  return size;
}

/** The response that publishes a download, its text encoded once into a buffer of its measured size. */
export function download(file: DownloadFile): Response {
  return piecesResponse(file.pieces, file.type, downloadSize(file));
}
