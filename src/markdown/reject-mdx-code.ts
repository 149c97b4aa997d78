/**
 * The MDX compiler's own guard: before Sätteri turns content MDX into code, the whole source is
 * checked with the validator's rules (src/lib/content/mdx-rules.ts) and the build stops at the
 * first file that breaks one, naming `path:line: rule`. A file that never went through
 * `npm run validate` therefore cannot run either.
 */
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { write } from '../schema/messages.ts';
import { checkMdx, ENTRY_COMPONENTS, STORY_COMPONENTS, type ComponentSpec } from '../lib/content/mdx-rules.ts';

function componentsFor(path: string): ComponentSpec | undefined {
  if (/\/content\/stories\//.test(path)) return STORY_COMPONENTS;
  if (/\/content\/events\//.test(path)) return ENTRY_COMPONENTS;
  return undefined; // the site's own MDX, if any, is reviewed code
}

export function rejectMdxCode(): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const path = ctx.fileURL?.pathname ?? '';
    const allowed = componentsFor(path);
    if (!allowed) return null;
    // front matter, if the compiler still sees it, is blanked so lines keep their numbers
    const body = ctx.source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => m.replace(/[^\n]/g, ''));
    const [first] = checkMdx(body, 1, allowed).problems;
    if (first) throw new Error(`${path}:${first.line}: ${first.rule}: ${write(first.message)}`);
    return null;
  };
}
