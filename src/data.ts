/**
 * The chronology, read from the content collections once per build. Pages import from here.
 * The same integrity rules as `npm run validate` run first, so an invalid reference fails the
 * build with the validator's message instead of a crash deep in a page.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { checkIntegrity, checkPeople } from './schema/index.ts';
import { write } from './schema/messages.ts';
import { buildChronicle, type Chronicle } from './lib/chronicle.ts';
import { buildPeople, type PersonRecord } from './lib/people.ts';
import { siteConfig } from './site.config.ts';
import { makePageKeys, NO_PAGE_KEYS, type EntryFiles, type PageKeys } from './lib/page-keys.ts';
import { incrementalBuild } from './incremental.ts';
import { nameSpellings } from './lib/people-text.ts';
import { aliasGroups } from './lib/search/terms.ts';
import type { Lang } from './schema/enums.ts';
import { bodyMarkdown } from './lib/content/mdx-text.ts';
import { checkMdx, ENTRY_COMPONENTS } from './lib/content/mdx-rules.ts';
import { readFileSync } from 'node:fs';
import { markdownBody } from './lib/content/frontmatter.ts';
import { markdownHtml } from './lib/markdown-html.ts';

interface Loaded {
  chronicle: Chronicle;
  /** What pages' cache keys need of the stored files (src/lib/page-keys.ts). */
  eventFiles: Map<string, EntryFiles>;
  sourceDigests: Map<string, string>;
}

async function load(): Promise<Loaded> {
  const [events, texts, sources, places] = await Promise.all([
    getCollection('events'),
    getCollection('eventTexts'),
    getCollection('sources'),
    getCollection('places'),
  ]);
  const translations = texts.map((t) => {
    const [eventId, lang] = t.id.split('/') as [string, string];
    return { eventId, lang, file: t.filePath ?? `content/events/${t.id}.md`, data: t.data };
  });
  const issues = checkIntegrity({
    events: events.map((e) => ({ id: e.id, file: e.filePath ?? `content/events/${e.id}/index.md`, data: e.data })),
    translations,
    sources: sources.map((s) => ({ id: s.id, file: `content/sources/${s.id}.md`, data: s.data })),
    places: { file: 'content/places.yaml', places: places.map((p) => p.data) },
  });
  const [people, personTexts] = await Promise.all([getCollection('people'), getCollection('personTexts')]);
  issues.push(
    ...checkPeople({
      people: people.map((p) => ({ id: p.id, file: `content/people/${p.id}.md`, data: p.data })),
      texts: personTexts.map((t) => {
        const [personId, lang] = t.id.split('/') as [string, string];
        return { personId, lang, file: `content/people/${personId}.${lang}.md`, data: t.data };
      }),
      sources: sources.map((s) => ({ id: s.id, file: `content/sources/${s.id}.md`, data: s.data, body: s.body ?? '' })),
      places: places.map((p) => p.data),
      eventIds: new Set(events.map((e) => e.id)),
    }),
  );
  if (issues.length)
    throw new Error(
      `Invalid content (run npm run validate):\n${issues.map((i) => `${i.file}: ${i.path.join('.')}: ${write(i.message)}`).join('\n')}`,
    );
  const chronicle = buildChronicle({
    events: events.map((e) => ({ id: e.id, data: e.data })),
    translations,
    sources: sources.map((s) => ({ id: s.id, data: s.data })),
    places: places.map((p) => p.data),
  });
  // a digest the store always records for a file it read; an empty one would make every key alike
  const digest = (e: { id: string; digest?: string | number; filePath?: string }) => {
    if (e.digest === undefined || e.digest === '')
      throw new Error(`${e.filePath ?? e.id}: the content store holds no digest for it`);
    return String(e.digest);
  };
  const plainFile = (e: { filePath?: string }) => !e.filePath?.endsWith('.mdx');
  const eventFiles = new Map<string, EntryFiles>(
    events.map((e) => [e.id, { digests: [digest(e)], plain: plainFile(e) && e.data.media.length === 0 }]),
  );
  for (const t of texts) {
    const files = eventFiles.get(t.id.split('/')[0]!);
    if (!files) continue;
    files.digests.push(digest(t));
    files.plain &&= plainFile(t);
  }
  return { chronicle, eventFiles, sourceDigests: new Map(sources.map((s) => [s.id, digest(s)])) };
}

let loaded: Promise<Loaded> | undefined;
const loadOnce = () => (loaded ??= load());
export async function getChronicle(): Promise<Chronicle> {
  return (await loadOnce()).chronicle;
}

let keys: Promise<PageKeys> | undefined;
/**
 * The cache keys of the pages Astro may copy from the previous build (src/lib/page-keys.ts); none
 * when this build keeps no record for the next (src/incremental.ts).
 */
export function getPageKeys(): Promise<PageKeys> {
  keys ??= (async () => {
    if (!incrementalBuild()) return NO_PAGE_KEYS;
    const [{ chronicle, eventFiles, sourceDigests }, people, searchGroups] = await Promise.all([
      loadOnce(),
      getPeople(),
      getSearchGroups(),
    ]);
    return makePageKeys({ chronicle, people, searchGroups, settings: siteConfig, eventFiles, sourceDigests });
  })();
  return keys;
}

/**
 * An entry's Markdown (or MDX) as written, as Astro's loader reads it: the text after the front
 * matter, trimmed. Entries and translations are stored without it (src/content.config.ts), so it
 * is read from the file, by the one page or export that needs it.
 */
export function entryBody(entry: { body?: string; filePath?: string }): string {
  if (entry.body !== undefined || !entry.filePath) return entry.body ?? '';
  const body = markdownBody(readFileSync(entry.filePath, 'utf8'));
  if (body === undefined) throw new Error(`${entry.filePath}: no front matter`);
  return body.trim();
}

/**
 * The rendered body of an event in a language: its translation when there is one, else the original.
 * getEntry looks one entry up; getCollection with a filter would walk every entry for every page,
 * which is quadratic at 10,000 events.
 */
export async function renderEventBody(id: string, lang: Lang, original: Lang) {
  const entry = lang !== original ? await getEntry('eventTexts', `${id}/${lang}`) : undefined;
  // the text too: search adds folded and alias words for everything the page says
  const found = entry ?? (await getEntry('events', id));
  if (!found) throw new Error(`no event ${id}`);
  const body = entryBody(found);
  const mdx = found.filePath?.endsWith('.mdx') ?? false;
  // the photos the text places itself, which the page's media section then leaves out
  const placed = mdx
    ? checkMdx(body, 1, ENTRY_COMPONENTS).uses.flatMap((u) =>
        u.name === 'Figure' && u.props.media ? [u.props.media] : [],
      )
    : [];
  // stored without its HTML (src/content.config.ts): rendered here, by the one page that shows it
  const html = found.rendered || mdx ? undefined : await markdownHtml(body, found.filePath);
  return {
    ...(html === undefined ? await render(found) : { Content: undefined }),
    html,
    markdown: bodyMarkdown(body, found.filePath),
    placed,
  };
}

export async function renderSourceBody(id: string) {
  const source = await getEntry('sources', id);
  if (!source) throw new Error(`no source ${id}`);
  return render(source);
}

let people: Promise<PersonRecord[]> | undefined;
/** The register of people, in order of the first thing that happened to each. */
export function getPeople(): Promise<PersonRecord[]> {
  people ??= (async () => {
    const [records, texts] = await Promise.all([getCollection('people'), getCollection('personTexts')]);
    return buildPeople({
      people: records.map((p) => ({ id: p.id, data: p.data })),
      texts: texts.map((t) => {
        const [personId, lang] = t.id.split('/') as [string, string];
        return { personId, lang, data: t.data };
      }),
    });
  })();
  return people;
}

/** The rendered account of a person in a language: its translation when there is one, else the original. */
export async function renderPersonBody(id: string, lang: Lang, original: Lang) {
  const entry = lang !== original ? await getEntry('personTexts', `${id}/${lang}`) : undefined;
  // the Markdown too, as for an event: search adds folded and alias words for everything the page says
  if (entry?.body?.trim()) return { ...(await render(entry)), lang, markdown: entry.body };
  const person = await getEntry('people', id);
  if (!person) throw new Error(`no person ${id}`);
  return { ...(await render(person)), lang: original, markdown: person.body ?? '' };
}

let searchGroups: Promise<string[][]> | undefined;
/**
 * The spellings search joins (src/lib/search/terms.ts): places, the press spellings of names, and the
 * names of the people with a publication basis. One list per build, so that its pattern is compiled once.
 */
export function getSearchGroups(): Promise<string[][]> {
  searchGroups ??= (async () => {
    const [chronicle, people] = await Promise.all([getChronicle(), getPeople()]);
    return aliasGroups(
      chronicle.places.values(),
      people.map(nameSpellings).filter((g) => g.length > 0),
    );
  })();
  return searchGroups;
}
