/**
 * An event entry written in MDX (content/events/<id>/index.mdx, <lang>.mdx) may use our entry
 * components only for what the entry itself holds: a <Quote> quotes a source the entry cites, a
 * <Ref> names an entry that exists, a <Figure> shows one of the entry's own media files. The
 * validator (load.ts) and the MDX compiler's guard (src/markdown/reject-mdx-code.ts) both ask here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { message } from '../../schema/messages.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { checkMdx, ENTRY_COMPONENTS, type ComponentUse, type MdxProblem } from './mdx-rules.ts';

export interface EntryRefs {
  /** Source ids under `sources` in the entry's index front matter. */
  sources: readonly string[];
  /** File names under `media` in the entry's index front matter. */
  media: readonly string[];
  /** Every entry id there is. */
  events: ReadonlySet<string>;
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : '—');

export function checkEntryRefs(uses: ComponentUse[], refs: EntryRefs): MdxProblem[] {
  const out: MdxProblem[] = [];
  for (const u of uses) {
    const { source, to, media } = u.props;
    if (u.name === 'Quote' && source !== undefined && !refs.sources.includes(source))
      out.push({ line: u.line, rule: 'uncited-source', message: message('entryQuoteUncited', { id: source, list: list(refs.sources) }) });
    if (u.name === 'Ref' && to !== undefined && !refs.events.has(to))
      out.push({ line: u.line, rule: 'unknown-event', message: message('entryRefUnknown', { id: to }) });
    if (u.name === 'Figure' && media !== undefined && !refs.media.includes(media))
      out.push({ line: u.line, rule: 'unknown-media', message: message('entryFigureUnknown', { file: media, list: list(refs.media) }) });
  }
  return out;
}

/** Every problem of an entry's MDX body: the parse-only rules first, then what it refers to. */
export function checkEntryMdx(body: string, firstLine: number, refs: EntryRefs | undefined): MdxProblem[] {
  const check = checkMdx(body, firstLine, ENTRY_COMPONENTS);
  if (check.problems.length || !refs) return check.problems;
  return checkEntryRefs(check.uses, refs);
}

/** The sources and media an entry's index front matter lists, read leniently (the schema reports the rest). */
export function frontRefs(data: unknown): Pick<EntryRefs, 'sources' | 'media'> {
  const d = (data && typeof data === 'object' ? data : {}) as { sources?: unknown; media?: unknown };
  const field = (v: unknown, key: 'id' | 'file') =>
    (Array.isArray(v) ? v : [])
      .map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[key] : undefined))
      .filter((x): x is string => typeof x === 'string');
  return { sources: field(d.sources, 'id'), media: field(d.media, 'file') };
}

/**
 * What an MDX file under content/events/<id>/ may refer to, read from disk beside it: the build's
 * guard sees one file at a time, so it reads the entry's index and the list of entries itself.
 */
export function entryRefsOnDisk(file: string): EntryRefs | undefined {
  const folder = dirname(file);
  const index = ['index.mdx', 'index.md'].map((n) => join(folder, n)).find((p) => existsSync(p));
  if (!index) return undefined;
  const parsed = parseMarkdownFile(readFileSync(index, 'utf8'));
  if ('error' in parsed || parsed.syntaxErrors.length) return undefined;
  const eventsDir = dirname(folder);
  const events = new Set(
    readdirSync(eventsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && ['index.md', 'index.mdx'].some((n) => existsSync(join(eventsDir, d.name, n))))
      .map((d) => d.name),
  );
  return { ...frontRefs(parsed.data), events };
}
