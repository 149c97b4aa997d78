/**
 * Splits a Markdown file into front matter and body, and parses the front matter with `yaml`
 * so that every value keeps its position: errors can then name the line of the field.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import { message, type Message } from '../../schema/messages.ts';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** Line of the value at a data path, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors, with their lines. */
  syntaxErrors: { line: number; message: string }[];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseYaml(text: string, firstLine = 1): Omit<ParsedFile, 'body' | 'bodyLine'> {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const syntaxErrors = doc.errors.map((e) => ({ line: line(e.pos[0]), message: e.message.split('\n')[0] }));
  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
        if (node && (node as Node).range) {
          // For a missing key we land on its parent map: point at the map's first line.
          return line((node as Node).range![0]);
        }
        if (n === 0) break;
        // a key whose value is null has no node: find the pair's key
        const parent = n > 1 ? doc.getIn(path.slice(0, n - 1) as unknown[], true) : doc.contents;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => String((p.key as { value?: unknown })?.value) === String(path[n - 1]));
          const key = pair?.key as Node | undefined;
          if (key?.range) return line(key.range[0]);
        } else if (isSeq(parent)) {
          const item = parent.items[Number(path[n - 1])] as Node | undefined;
          if (item?.range) return line(item.range[0]);
        }
      }
      return firstLine;
    },
  };
}

/** The body of a Markdown file, after its front matter, without parsing the front matter. */
export function markdownBody(source: string): string | undefined {
  const m = FENCE.exec(source);
  return m ? source.slice(m[0].length) : undefined;
}

export function parseMarkdownFile(source: string): ParsedFile | { error: Message; line: number } {
  const m = FENCE.exec(source);
  if (!m) return { error: message('noFrontMatter'), line: 1 };
  const parsed = parseYaml(m[1], 2);
  const bodyLine = m[0].split('\n').length;
  return { ...parsed, body: source.slice(m[0].length), bodyLine: m[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}
