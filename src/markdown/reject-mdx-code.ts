/**
 * The MDX compiler's own guard: before Sätteri turns content MDX into code, the whole source is
 * checked with the validator's rules (src/lib/content/mdx-rules.ts) and the build stops at the
 * first file that breaks one, naming `path:line: rule`. A file that never went through
 * `npm run validate` therefore cannot run either.
 */
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { write } from '../schema/messages.ts';
import { checkMdx, STORY_COMPONENTS, type MdxProblem } from '../lib/content/mdx-rules.ts';
import { checkEntryMdx, entryRefsOnDisk } from '../lib/content/entry-check.ts';

/** The problems of one content MDX file; undefined for the site's own MDX, if any, which is reviewed code. */
function problemsOf(path: string, body: string): MdxProblem[] | undefined {
  if (/\/content\/stories\//.test(path)) return checkMdx(body, 1, STORY_COMPONENTS).problems;
  // an entry's quote, link and photo are held to the entry too: a source it cites, an entry that exists, its own media
  if (/\/content\/events\//.test(path)) return checkEntryMdx(body, 1, entryRefsOnDisk(path));
  return undefined;
}

export function rejectMdxCode(): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const path = ctx.fileURL?.pathname ?? '';
    // front matter, if the compiler still sees it, is blanked so lines keep their numbers
    const body = ctx.source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => m.replace(/[^\n]/g, ''));
    const [first] = problemsOf(path, body) ?? [];
    if (first) throw new Error(`${path}:${first.line}: ${first.rule}: ${write(first.message)}`);
    return null;
  };
}
