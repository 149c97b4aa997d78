/**
 * Rules for the Markdown body of an entry. Entries are text from strangers: no raw HTML, no MDX
 * code, no remote images (tracking pixels), no script URLs. The renderer sanitizes as well; these
 * checks give the contributor a clear message before that.
 */
export interface BodyProblem {
  line: number;
  rule: string;
  message: string;
}

const RULES: { rule: string; test: RegExp; message: string }[] = [
  { rule: 'no-script', test: /<\s*\/?\s*script\b/i, message: 'a <script> is not allowed in an entry: remove it' },
  { rule: 'no-iframe', test: /<\s*(iframe|object|embed|frame)\b/i, message: 'embedded frames are not allowed: link to the page instead' },
  { rule: 'no-event-handler', test: /<[^>]*\son[a-z]+\s*=/i, message: 'event-handler attributes (onclick=, onerror=…) are not allowed' },
  { rule: 'no-script-url', test: /(?:\]\(\s*<?|\]:\s*<?|<|=\s*["']?)\s*(?:javascript|vbscript|data)\s*:/i, message: 'javascript:, vbscript: and data: URLs are not allowed: use an https link' },
  { rule: 'no-remote-image', test: /!\[[^\]]*\]\(\s*<?(?:https?:)?\/\//i, message: 'remote images are not allowed (they can track readers): add the file to the entry folder' },
  { rule: 'no-raw-html', test: /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/i, message: 'raw HTML is not allowed: write Markdown only' },
  { rule: 'no-mdx-code', test: /^\s*(?:import|export)\s+[\w{*]/, message: 'MDX import/export is not allowed in an entry' },
  { rule: 'no-mdx-expression', test: /\{[^}\n]*\}/, message: 'MDX {expressions} are not allowed: remove the braces' },
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
