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
import { jsonChunks, streamedResponse, utf8Bytes } from './lib/exports/json-stream.ts';

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

export function json(value: unknown, type = 'application/json'): Response {
  return streamedResponse(jsonPieces(value), `${type}; charset=utf-8`);
}

const sizes = new Map<string, number>();
/** The size of a download in bytes, measured once per build (each language's data page lists them all). */
export function downloadSize(path: string, pieces: () => Iterable<string>): number {
  let size = sizes.get(path);
  if (size === undefined) sizes.set(path, (size = utf8Bytes(pieces())));
  return size;
}
