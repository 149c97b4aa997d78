/**
 * The excerpt under a search result, made from the entry's own text. Pagefind marks only the words
 * it matched in the text; a hit on a folded or alias word (the query "Токаев" on a page that says
 * "Тоқаев", "Алматы" on a page that says "Almaty") would leave its excerpt unmarked, or show the
 * start of the page. Here the words of the text whose folded form begins with one of the query's
 * prefixes are marked, and the excerpt is the stretch of text around the first of them.
 */
import { searchFold } from '../fold.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Words either side of the first hit (Pagefind's own excerpts are 30 words long). */
const WORDS = 30;

function isHit(token: string, prefixes: readonly string[]): boolean {
  const bare = searchFold(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return bare.length > 0 && prefixes.some((p) => bare.startsWith(p));
}

export function excerptSegments(content: string, prefixes: readonly string[], length = WORDS): Segment[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const first = prefixes.length ? tokens.findIndex((t) => isHit(t, prefixes)) : -1;
  const from = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), tokens.length - length));
  const shown = tokens.slice(from, from + length);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (from > 0) push('… ', false);
  shown.forEach((token, i) => {
    if (i > 0) push(' ', false);
    if (!isHit(token, prefixes)) return push(token, false);
    // punctuation around a hit stays outside the mark
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
    if (m[1]) push(m[1], false);
    push(m[2]!, true);
    if (m[3]) push(m[3], false);
  });
  if (from + length < tokens.length) push(' …', false);
  return segments;
}
