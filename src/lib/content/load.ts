/**
 * Reads content/ from disk and validates it with the shared schemas: the single loader behind
 * `npm run validate`, the unit tests and the build's integrity check. Every problem is collected;
 * nothing stops at the first.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, extname } from 'node:path';
import type { z } from 'astro/zod';
import {
  LANGS,
  checkIntegrity,
  eventCrossFieldIssues,
  eventSchema,
  placeSchema,
  sourceSchema,
  translationSchema,
  personSchema,
  personTextSchema,
  checkPeople,
  privacyProblem,
  privacyMessage,
  type LoadedPerson,
  type LoadedPersonText,
  storySchema,
  storyTextSchema,
  type StoryData,
  type StoryTextData,
  type EventData,
  type LoadedEvent,
  type LoadedPlaces,
  type LoadedSource,
  type LoadedTranslation,
  type PlaceData,
} from '../../schema/index.ts';
import { parseMarkdownFile, parseYaml, type ParsedFile } from './frontmatter.ts';
import { checkBody } from './markdown-rules.ts';
import { describeIssue, fieldName, type Problem } from './issues.ts';
import { message, write } from '../../schema/messages.ts';
import { loadMirrors } from './mirrors.ts';
import { checkMdx, STORY_COMPONENTS } from './mdx-rules.ts';
import { checkStoryRefs } from './story-check.ts';
import { checkEntryMdx, frontRefs } from './entry-check.ts';
import { toFilterable } from '../filters.ts';
import { buildChronicle } from '../chronicle.ts';

export interface LoadedContent {
  events: (LoadedEvent & { body: string })[];
  translations: (LoadedTranslation & { body: string })[];
  sources: (LoadedSource & { body: string })[];
  places: LoadedPlaces;
  people: LoadedPerson[];
  personTexts: LoadedPersonText[];
  stories: { id: string; file: string; data: StoryData; body: string }[];
  storyTexts: { storyId: string; lang: string; file: string; data: StoryTextData; body: string }[];
  problems: Problem[];
}

const MEDIA_EXT = new Set(['.jpg', '.jpeg', '.png', '.webp']);

export function loadContent(root: string, contentDir = 'content'): LoadedContent {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const dir = join(root, contentDir);

  function validate<S extends z.ZodType>(file: string, parsed: Pick<ParsedFile, 'data' | 'lineOf' | 'syntaxErrors'>, schema: S, prefix: PropertyKey[] = []): z.output<S> | undefined {
    if (parsed.syntaxErrors.length) {
      for (const e of parsed.syntaxErrors) problems.push({ file, line: e.line, field: '(yaml)', message: message('yamlSyntax', { detail: e.message }) });
      return undefined;
    }
    const result = schema.safeParse(prefix.length ? valueAtPath(parsed.data, prefix) : parsed.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      for (const d of describeIssue(issue, prefix.length ? valueAtPath(parsed.data, prefix) : parsed.data)) {
        const full = [...prefix, ...d.path];
        problems.push({ file, line: parsed.lineOf(full), field: fieldName(d.path), message: d.message });
      }
    return undefined;
  }

  function checkMedia(folder: string, indexName: string, files: string[], data: EventData, lineOf: ParsedFile['lineOf']) {
    const index = rel(join(folder, indexName));
    data.media.forEach((m, i) => {
      const path = join(folder, m.file);
      if (!existsSync(path)) {
        problems.push({ file: index, line: lineOf(['media', i, 'file']), field: `media.${i}.file`, message: message('mediaMissing', { file: m.file }) });
        return;
      }
      const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
      if (actual !== m.sha256)
        problems.push({ file: index, line: lineOf(['media', i, 'sha256']), field: `media.${i}.sha256`, message: message('mediaHashMismatch', { file: m.file, actual }) });
    });
    const listed = new Set(data.media.map((m) => m.file));
    for (const name of files)
      if (MEDIA_EXT.has(extname(name).toLowerCase()) && !listed.has(name))
        problems.push({ file: rel(join(folder, name)), line: 1, field: '(file)', message: message('mediaUnlisted') });
  }

  /** A Markdown file, its body held to the Markdown rules; an MDX body is checked later, against the entries. */
  function readMarkdown(path: string, mdx = false) {
    const parsed = parseMarkdownFile(readFileSync(path, 'utf8'));
    if ('error' in parsed) {
      problems.push({ file: rel(path), line: parsed.line, field: '(file)', message: parsed.error });
      return undefined;
    }
    if (!mdx)
      for (const b of checkBody(parsed.body, parsed.bodyLine))
      problems.push({ file: rel(path), line: b.line, field: `body (${b.rule})`, message: b.message });
    return parsed;
  }

  // places.yaml
  const placesPath = join(dir, 'places.yaml');
  const places: PlaceData[] = [];
  if (!existsSync(placesPath)) problems.push({ file: rel(placesPath), line: 1, field: '(file)', message: message('placesMissing') });
  else {
    const parsed = parseYaml(readFileSync(placesPath, 'utf8'));
    if (parsed.syntaxErrors.length) validate(rel(placesPath), parsed, placeSchema);
    else if (!Array.isArray(parsed.data))
      problems.push({ file: rel(placesPath), line: 1, field: '(file)', message: message('placesNotList') });
    else
      parsed.data.forEach((_, i) => {
        const before = problems.length;
        const place = validate(rel(placesPath), parsed, placeSchema, [i]);
        if (place) places.push(place);
        for (const p of problems.slice(before)) p.field = `${i}.${p.field}`;
      });
  }

  // sources
  const sources: LoadedContent['sources'] = [];
  const sourcesDir = join(dir, 'sources');
  for (const name of listDir(sourcesDir)) {
    const path = join(sourcesDir, name);
    if (extname(name) !== '.md') {
      problems.push({ file: rel(path), line: 1, field: '(file)', message: message('sourcesOnlyMd') });
      continue;
    }
    const parsed = readMarkdown(path);
    const data = parsed && validate(rel(path), parsed, sourceSchema);
    if (data) sources.push({ id: name.slice(0, -3), file: rel(path), data, body: parsed!.body });
  }

  // events
  const events: LoadedContent['events'] = [];
  const translations: LoadedContent['translations'] = [];
  const eventsDir = join(dir, 'events');
  // entries that failed their schema still take part in the reference checks
  const invalid: LoadedEvent[] = [];
  // MDX bodies of entries, checked once every entry is known (a <Ref> may name any of them)
  const entryMdx: { path: string; eventId: string; body: string; bodyLine: number }[] = [];
  const indexFront = new Map<string, unknown>();
  for (const id of listDir(eventsDir)) {
    const folder = join(eventsDir, id);
    if (!statSync(folder).isDirectory()) {
      problems.push({ file: rel(folder), line: 1, field: '(file)', message: message('entriesAreFolders') });
      continue;
    }
    const files = listDir(folder);
    if (!files.includes('index.md') && !files.includes('index.mdx'))
      problems.push({ file: rel(folder), line: 1, field: '(file)', message: message('missingIndex') });
    for (const name of files) {
      const path = join(folder, name);
      const ext = extname(name).toLowerCase();
      const stem = name.slice(0, -ext.length);
      const isText = (ext === '.md' || ext === '.mdx') && (stem === 'index' || LANGS.some((l) => stem === l));
      if (isText && ext === '.mdx' && files.includes(`${stem}.md`)) {
        // one text per language: the Markdown file is read, the MDX twin refused until one is deleted
        problems.push({ file: rel(path), line: 1, field: '(file)', message: message('entryTwoFormats', { file: rel(join(folder, `${stem}.md`)), other: rel(path) }) });
        continue;
      }
      const parsed = isText ? readMarkdown(path, ext === '.mdx') : undefined;
      if (parsed && ext === '.mdx') entryMdx.push({ path, eventId: id, body: parsed.body, bodyLine: parsed.bodyLine });
      if (isText && stem === 'index') {
        if (parsed && !parsed.syntaxErrors.length) indexFront.set(id, parsed.data);
        const before = problems.length;
        const data = parsed && validate(rel(path), parsed, eventSchema);
        if (parsed && !data && !parsed.syntaxErrors.length) {
          // the schema stopped before its cross-field rules: report them too
          const known = new Set(problems.slice(before).map((p) => `${p.field}|${write(p.message)}`));
          for (const x of eventCrossFieldIssues(parsed.data))
            if (!known.has(`${fieldName(x.path)}|${write(x.message)}`))
              problems.push({ file: rel(path), line: parsed.lineOf(x.path), field: fieldName(x.path), message: x.message });
        }
        if (data) {
          events.push({ id, file: rel(path), data: data as EventData, body: parsed!.body });
          checkMedia(folder, name, files, data as EventData, parsed!.lineOf);
        }
        else if (parsed && !parsed.syntaxErrors.length) invalid.push({ id, file: rel(path), data: lenientEvent(parsed.data) });
      } else if (isText) {
        const data = parsed && validate(rel(path), parsed, translationSchema);
        if (data) translations.push({ eventId: id, lang: stem, file: rel(path), data, body: parsed!.body });
      } else if (ext === '.svg') {
        problems.push({ file: rel(path), line: 1, field: '(file)', message: message('svgRefused') });
      } else if (ext === '.mdx') {
        problems.push({ file: rel(path), line: 1, field: '(file)', message: message('mdxRefused') });
      } else if (!MEDIA_EXT.has(ext)) {
        problems.push({ file: rel(path), line: 1, field: '(file)', message: message('unexpectedFile') });
      }
    }
  }

  const eventIds = new Set([...events, ...invalid].map((e) => e.id));
  for (const f of entryMdx) {
    const front = indexFront.get(f.eventId);
    const refs = front === undefined ? undefined : { ...frontRefs(front), events: eventIds };
    for (const p of checkEntryMdx(f.body, f.bodyLine, refs))
      problems.push({ file: rel(f.path), line: p.line, field: `body (${p.rule})`, message: p.message });
  }

  // people: content/people/<id>.md, translations beside it as <id>.<lang>.md
  const people: LoadedPerson[] = [];
  const personTexts: LoadedPersonText[] = [];
  const peopleDir = join(dir, 'people');
  for (const name of listDir(peopleDir)) {
    const path = join(peopleDir, name);
    const m = /^(.+?)(?:\.(kk|ru|en))?\.md$/.exec(name);
    if (!m) {
      problems.push({ file: rel(path), line: 1, field: '(file)', message: message('peopleFiles') });
      continue;
    }
    const parsed = readMarkdown(path);
    if (parsed)
      parsed.body.split('\n').forEach((line, i) => {
        const problem = privacyProblem(line);
        if (problem) problems.push({ file: rel(path), line: parsed.bodyLine + i, field: 'body (privacy)', message: privacyMessage(problem) });
      });
    if (m[2]) {
      const data = parsed && validate(rel(path), parsed, personTextSchema);
      if (data) personTexts.push({ personId: m[1]!, lang: m[2], file: rel(path), data });
    } else {
      const data = parsed && validate(rel(path), parsed, personSchema);
      if (data) people.push({ id: m[1]!, file: rel(path), data });
    }
  }

  // stories: content/stories/<id>/index.mdx and <lang>.mdx, MDX held to our components before anything compiles
  const stories: LoadedContent['stories'] = [];
  const storyTexts: LoadedContent['storyTexts'] = [];
  const storiesDir = join(dir, 'stories');
  const storyFiles: { path: string; body: string; bodyLine: number; front?: StoryData }[] = [];
  for (const id of listDir(storiesDir)) {
    const folder = join(storiesDir, id);
    if (!statSync(folder).isDirectory()) {
      problems.push({ file: rel(folder), line: 1, field: '(file)', message: message('storiesAreFolders') });
      continue;
    }
    const files = listDir(folder);
    if (!files.includes('index.mdx')) problems.push({ file: rel(folder), line: 1, field: '(file)', message: message('storyMissingIndex') });
    for (const name of files) {
      const path = join(folder, name);
      const parsed = name.endsWith('.mdx') ? parseMarkdownFile(readFileSync(path, 'utf8')) : undefined;
      if (!parsed || (name !== 'index.mdx' && !LANGS.some((l) => name === `${l}.mdx`))) {
        problems.push({ file: rel(path), line: 1, field: '(file)', message: message('storyFiles') });
        continue;
      }
      if ('error' in parsed) {
        problems.push({ file: rel(path), line: parsed.line, field: '(file)', message: parsed.error });
        continue;
      }
      if (name === 'index.mdx') {
        const data = validate(rel(path), parsed, storySchema);
        if (data) stories.push({ id, file: rel(path), data, body: parsed.body });
        storyFiles.push({ path, body: parsed.body, bodyLine: parsed.bodyLine, ...(data ? { front: data } : {}) });
      } else {
        const data = validate(rel(path), parsed, storyTextSchema);
        if (data) storyTexts.push({ storyId: id, lang: name.slice(0, 2), file: rel(path), data, body: parsed.body });
        storyFiles.push({ path, body: parsed.body, bodyLine: parsed.bodyLine });
      }
    }
  }
  if (storyFiles.length) {
    // Entries that do not hold together (an unknown place, a broken places.yaml) cannot be built into
    // a chronicle; they are reported below, and a story's references are checked once they load.
    let refs: Parameters<typeof checkStoryRefs>[2] | undefined;
    try {
      const chronicle = buildChronicle({ events, translations, sources, places, drafts: true });
      refs = { events: new Map(chronicle.events.map((e) => [e.id, toFilterable(e)])), sources: new Set(sources.map((s) => s.id)), places: new Set(places.map((p) => p.id)) };
    } catch {
      refs = undefined;
    }
    for (const f of storyFiles) {
      const check = checkMdx(f.body, f.bodyLine, STORY_COMPONENTS);
      const found = [...check.problems, ...(check.problems.length || !refs ? [] : checkStoryRefs(check.uses, check.unsourced, refs, f.front))];
      for (const p of found) problems.push({ file: rel(f.path), line: p.line, field: `body (${p.rule})`, message: p.message });
    }
    for (const t of storyTexts) {
      const story = stories.find((s) => s.id === t.storyId);
      if (story && story.data.lang === t.lang) problems.push({ file: t.file, line: 1, field: '(file)', message: message('storyTranslationSameLang', { lang: t.lang }) });
    }
  }

  const loaded = { events, translations, sources, places: { file: rel(placesPath), places }, people, personTexts, stories, storyTexts };
  const yamlLines = existsSync(placesPath) ? parseYaml(readFileSync(placesPath, 'utf8')) : undefined;
  const placesBroken = problems.some((p) => p.file === rel(placesPath));
  const peopleIssues = checkPeople({ people, texts: personTexts, sources, places, eventIds: new Set([...events, ...invalid].map((e) => e.id)) });
  for (const issue of [...checkIntegrity({ ...loaded, events: [...events, ...invalid] }), ...peopleIssues]) {
    // an unknown place is not news when places.yaml itself failed to load
    if (placesBroken && issue.path[0] === 'place') continue;
    const lineOf = lineResolver(root, issue.file, yamlLines);
    problems.push({ file: issue.file, line: lineOf(issue.path), field: fieldName(issue.path), message: issue.message });
  }
  problems.push(...loadMirrors(root, contentDir).problems);
  return { ...loaded, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}

function lineResolver(root: string, file: string, placesDoc: ReturnType<typeof parseYaml> | undefined) {
  if (file.endsWith('places.yaml') && placesDoc) return placesDoc.lineOf;
  if (!/\.mdx?$/.test(file)) return () => 1;
  try {
    const parsed = parseMarkdownFile(readFileSync(join(root, file), 'utf8'));
    return 'error' in parsed ? () => 1 : parsed.lineOf;
  } catch {
    return () => 1;
  }
}

/** The parts of a failed entry that reference checks read, with anything malformed dropped. */
function lenientEvent(raw: unknown): EventData {
  const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ...(e as object),
    start: str(e.start),
    place: str(e.place),
    verification: str(e.verification),
    sources: list(e.sources).map((c) => ({ id: str((c as { id?: unknown })?.id) })).filter((c) => c.id),
    related: list(e.related).map(str).filter(Boolean),
  } as unknown as EventData;
}

function listDir(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((n) => !n.startsWith('.')).sort();
}

function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}
