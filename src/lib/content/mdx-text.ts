/**
 * The text of an entry written in MDX as plain Markdown, for what publishes or searches the body
 * as text (events.json, the search index): a <Quote> becomes a block quote, a <Ref> its words (or
 * the entry's title when it has none), a <Figure> nothing (the photo and its caption are in
 * `media`). A Markdown body is returned as it is.
 */
import { mdxToMdast } from 'satteri';
import { ENTRY_COMPONENTS } from './mdx-rules.ts';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const isOurs = (n: Node) => n.type.startsWith('mdxJsx') && Object.hasOwn(ENTRY_COMPONENTS, n.name ?? '');
const start = (n: Node) => n.position?.start.offset ?? 0;
const end = (n: Node) => n.position?.end.offset ?? 0;

/** Our components among `nodes`, outermost first, in order. */
function components(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => (isOurs(n) ? [n] : components(n.children ?? [])));
}

export function mdxToMarkdown(body: string, titleOf: (id: string) => string | undefined = () => undefined): string {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { position: true }) as unknown as Node;
  } catch {
    return body; // never reached for content that passed the validator
  }
  const text = (from: number, to: number, within: Node[]): string => {
    let out = '';
    let at = from;
    for (const c of components(within)) {
      out += body.slice(at, start(c)) + replace(c);
      at = end(c);
    }
    return out + body.slice(at, to);
  };
  const replace = (n: Node): string => {
    const kids = n.children ?? [];
    const inner = kids.length ? text(start(kids[0]!), end(kids.at(-1)!), kids) : '';
    const prop = (k: string) => n.attributes?.find((a) => a.name === k)?.value;
    if (n.name === 'Figure') return '';
    if (n.name === 'Ref') return inner || (titleOf(String(prop('to'))) ?? '');
    if (n.type === 'mdxJsxTextElement') return `“${inner}”`;
    return inner
      .split('\n')
      .map((l) => `> ${l.trim()}`.trimEnd())
      .join('\n');
  };
  return text(0, body.length, tree.children ?? [])
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The body as Markdown: MDX turned into its text, Markdown as it is. */
export function bodyMarkdown(body: string, file: string | undefined, titleOf?: (id: string) => string | undefined): string {
  return file?.endsWith('.mdx') ? mdxToMarkdown(body, titleOf) : body;
}
