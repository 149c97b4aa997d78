/**
 * The export context of a build: the chronicle, the site's address and base, and the Markdown
 * bodies (read from the same collections as the pages), shared by the data routes and the pages
 * that describe the downloads.
 */
import { getCollection } from 'astro:content';
import { getChronicle } from './data.ts';
import type { ExportContext } from './lib/exports/context.ts';
import { strings, type Lang } from './i18n/index.ts';
import { bodyMarkdown } from './lib/content/mdx-text.ts';
import { textFor } from './lib/chronicle.ts';

let cached: Promise<ExportContext> | undefined;

async function build(site: URL | undefined): Promise<ExportContext> {
  const [chronicle, events, texts] = await Promise.all([
    getChronicle(),
    getCollection('events'),
    getCollection('eventTexts'),
  ]);
  const bodies = new Map<string, Partial<Record<Lang, string>>>();
  // an entry in MDX is published as the Markdown it reads as (its components turned into text)
  const text = (body: string | undefined, file: string | undefined, lang: Lang) =>
    bodyMarkdown(body ?? '', file, (id) => {
      const e = chronicle.byId.get(id);
      return e && textFor(e, lang).title;
    });
  for (const e of events) bodies.set(e.id, { [e.data.lang]: text(e.body, e.filePath, e.data.lang) });
  for (const t of texts) {
    const [id, lang] = t.id.split('/') as [string, Lang];
    bodies.set(id, { ...bodies.get(id), [lang]: text(t.body, t.filePath, lang) });
  }
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

/** JSON as published: indented, so that a diff between two releases is readable. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function json(value: unknown, type = 'application/json'): Response {
  return new Response(jsonText(value), { headers: { 'content-type': `${type}; charset=utf-8` } });
}
