/**
 * Rules for the Markdown body of an entry. Entries are text from strangers: no raw HTML, no MDX
 * code, no remote images (tracking pixels), no script URLs. The renderer sanitizes as well; these
 * checks give the contributor a clear message before that.
 */
import { message, type Message } from '../../schema/messages.ts';

export interface BodyProblem {
  line: number;
  rule: string;
  message: Message;
}

const RULES: { rule: string; test: RegExp; message: Message }[] = [
  { rule: 'no-script', test: /<\s*\/?\s*script\b/i, message: message('noScript') },
  { rule: 'no-iframe', test: /<\s*(iframe|object|embed|frame)\b/i, message: message('noIframe') },
  { rule: 'no-event-handler', test: /<[^>]*\son[a-z]+\s*=/i, message: message('noEventHandler') },
  { rule: 'no-script-url', test: /(?:\]\(\s*<?|\]:\s*<?|<|=\s*["']?)\s*(?:javascript|vbscript|data)\s*:/i, message: message('noScriptUrl') },
  { rule: 'no-remote-image', test: /!\[[^\]]*\]\(\s*<?(?:https?:)?\/\//i, message: message('noRemoteImage') },
  { rule: 'no-raw-html', test: /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/i, message: message('noRawHtml') },
  { rule: 'no-mdx-code', test: /^\s*(?:import|export)\s+[\w{*]/, message: message('noMdxCode') },
  { rule: 'no-mdx-expression', test: /\{[^}\n]*\}/, message: message('noMdxExpression') },
];

/** The first matching rule for each line (the more specific rules come first), outside code spans. */
export function checkBody(body: string, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const text = raw.replace(/`[^`]*`/g, '');
    const hit = RULES.find((r) => r.test.test(text));
    if (hit) problems.push({ line: firstLine + i, rule: hit.rule, message: hit.message });
  });
  return problems;
}
