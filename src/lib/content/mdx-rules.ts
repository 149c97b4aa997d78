/**
 * MDX written by anyone must never run. Before anything compiles, MDX's own parser (Sätteri's
 * mdxToMdast) reads the text and every node is held against a closed list: no import or export,
 * no {expression} anywhere, no expression or spread attribute, no element that is not one of our
 * components, no prop that is not declared for it, props as literal strings only, and no script URL
 * in a prop or a link. The same node rule runs inside the MDX compiler as a Sätteri plugin
 * (src/markdown/reject-mdx-code.ts), so a file that skipped the validator still fails the build.
 */
import { mdxToMdast } from 'satteri';
import { message, type Message } from '../../schema/messages.ts';

export interface MdxProblem {
  line: number;
  rule: string;
  message: Message;
}

/** A component and the props it takes: name -> required. */
export type ComponentSpec = Record<string, Record<string, boolean>>;

/** What stories may use (content/stories/). */
export const STORY_COMPONENTS: ComponentSpec = {
  Step: { event: false, filter: false, title: false },
  EventCard: { event: true },
  FigureSeries: { measure: true, group: false },
  Quote: { source: true, locator: false },
  MapView: { place: true },
  Ref: { event: true },
};

/**
 * What an event entry written in MDX may use (content/events/<id>/index.mdx and <lang>.mdx):
 * a quotation from a source the entry cites, a link to another entry, and a photo from the entry's
 * own media with its caption (src/lib/content/entry-check.ts holds them to the entry).
 */
export const ENTRY_COMPONENTS: ComponentSpec = {
  Quote: { source: true, locator: false },
  Ref: { to: true },
  Figure: { media: true },
};

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;
const REMOTE = /^\s*(?:https?:)?\/\//i;

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Problems of one node (not its children): shared by the validator and the compiler plugin. */
export function nodeProblems(node: Node, allowed: ComponentSpec): Omit<MdxProblem, 'line'>[] {
  const out: Omit<MdxProblem, 'line'>[] = [];
  switch (node.type) {
    case 'mdxjsEsm':
      out.push({ rule: 'no-mdx-import', message: message('mdxImport') });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      out.push({ rule: 'no-mdx-expression', message: message('mdxExpression') });
      break;
    case 'link':
    case 'image':
      if (node.url && SCRIPT_URL.test(node.url)) out.push({ rule: 'no-script-url', message: message('noScriptUrl') });
      else if (node.type === 'image' && node.url && REMOTE.test(node.url))
        out.push({ rule: 'no-remote-image', message: message('mdxRemoteImage') });
      break;
    case 'html':
      out.push({ rule: 'no-raw-html', message: message('mdxRawHtml') });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const spec = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
      if (!spec) {
        out.push({
          rule: 'unknown-component',
          message: message('unknownComponent', { name: name || '>…</', list: Object.keys(allowed).map((c) => `<${c}>`).join(', ') }),
        });
        break;
      }
      const given = new Set<string>();
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxExpressionAttribute') {
          out.push({ rule: 'no-spread-attribute', message: message('spreadAttribute', { name }) });
          continue;
        }
        if (a.value && typeof a.value === 'object') {
          out.push({ rule: 'no-expression-attribute', message: message('expressionAttribute', { name, prop: String(a.name) }) });
          continue;
        }
        if (!a.name || !Object.hasOwn(spec, a.name)) {
          out.push({ rule: 'unknown-prop', message: message('unknownProp', { name, props: Object.keys(spec).join(', ') || '—', prop: String(a.name) }) });
          continue;
        }
        if (typeof a.value !== 'string') {
          out.push({ rule: 'prop-value', message: message('propNeedsValue', { name, prop: String(a.name) }) });
          continue;
        }
        if (SCRIPT_URL.test(a.value)) out.push({ rule: 'no-script-url', message: message('propScriptUrl', { name, prop: String(a.name) }) });
        given.add(a.name);
      }
      for (const [prop, required] of Object.entries(spec))
        if (required && !given.has(prop)) out.push({ rule: 'missing-prop', message: message('missingProp', { name, prop }) });
      if (name === 'Step' && !given.has('event') && !given.has('filter'))
        out.push({ rule: 'missing-prop', message: message('stepNeedsTarget') });
      break;
    }
  }
  return out;
}

/** The literal props of every one of our components in a parsed tree, with their lines. */
export interface ComponentUse {
  name: string;
  props: Record<string, string>;
  line: number;
  /** Text of the paragraphs inside it (Steps hold prose). */
  inside: Node[];
}

export interface MdxCheck {
  problems: MdxProblem[];
  uses: ComponentUse[];
  /** Paragraphs of prose with no reference to an entry, by line: a story states no fact of its own. */
  unsourced: number[];
}

const REFERS = new Set(['Ref', 'EventCard', 'Quote']);

/** Parses `body` (no front matter) and checks every node; `firstLine` is the body's line in the file. */
export function checkMdx(body: string, firstLine: number, allowed: ComponentSpec): MdxCheck {
  const problems: MdxProblem[] = [];
  const uses: ComponentUse[] = [];
  const unsourced: number[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body, { position: true }) as unknown as Node;
  } catch (e) {
    const err = e as { line?: number; message?: string };
    const line = typeof err.line === 'number' ? err.line : Number(/(\d+):\d+/.exec(String(err.message))?.[1] ?? 1);
    return { problems: [{ line: firstLine + line - 1, rule: 'mdx-syntax', message: message('mdxSyntax', { detail: String(err.message).split('\n')[0]! }) }], uses, unsourced };
  }
  const lineOf = (n: Node, parent: number) => (n.position ? firstLine + n.position.start.line - 1 : parent);
  const refers = (n: Node): boolean => (n.type.startsWith('mdxJsx') && REFERS.has(n.name ?? '')) || (n.children ?? []).some(refers);
  const walk = (n: Node, parentLine: number, inStep: boolean) => {
    const line = lineOf(n, parentLine);
    for (const p of nodeProblems(n, allowed)) problems.push({ line, ...p });
    const isOurs = n.type.startsWith('mdxJsx') && Object.hasOwn(allowed, n.name ?? '');
    if (isOurs) {
      const props: Record<string, string> = {};
      for (const a of n.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
      uses.push({ name: n.name!, props, line, inside: n.children ?? [] });
    }
    const step = inStep || (isOurs && n.name === 'Step' && Boolean(n.attributes?.length));
    if (n.type === 'paragraph' && !step && !refers(n)) unsourced.push(line);
    for (const c of n.children ?? []) walk(c, line, step);
  };
  walk(tree, firstLine, false);
  return { problems, uses, unsourced };
}
