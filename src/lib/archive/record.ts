/**
 * Writes a capture into a source's front matter, changing nothing else in the file: the text is
 * edited, not re-serialised, so quoting, comments and the body stay exactly as their author left
 * them. The result is parsed back and checked before it is returned.
 */
import { parseYaml } from '../content/frontmatter.ts';
import type { ArchiveData } from '../../schema/source.ts';

const FENCE = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

function item(record: ArchiveData, nl: string): string {
  const lines = [`  - url: ${JSON.stringify(record.url)}`, `    at: ${JSON.stringify(record.at)}`];
  if (record.sha256) lines.push(`    sha256: ${record.sha256}`);
  return lines.join(nl);
}

export function withArchiveRecord(file: string, record: ArchiveData): string {
  const m = FENCE.exec(file);
  if (!m) throw new Error('no front matter (the file must start with ---)');
  const nl = m[1]!.endsWith('\r\n') ? '\r\n' : '\n';
  const lines = m[2]!.split(/\r?\n/);
  const at = lines.findIndex((l) => /^archived\s*:/.test(l));
  if (at < 0) lines.push('archived:', item(record, nl));
  else if (/^archived\s*:\s*(\[\s*\])?\s*(#.*)?$/.test(lines[at]!)) {
    // an empty list, or a block list: the new item goes after the last line of the block
    let end = at + 1;
    while (end < lines.length && /^(\s+|-)/.test(lines[end]!)) end++;
    lines.splice(at, end - at, 'archived:', ...lines.slice(at + 1, end), item(record, nl));
  } else
    throw new Error(
      'archived: is written as a flow list; write it as a block list (one "- url:" per copy) to add copies',
    );
  const front = lines.join(nl);
  const out = `${m[1]}${front}${m[3]}${file.slice(m[0].length)}`;
  const check = parseYaml(front);
  const archived = (check.data as { archived?: { url?: string; at?: string }[] } | undefined)?.archived;
  if (check.syntaxErrors.length || !archived?.some((a) => a.url === record.url && a.at === record.at))
    throw new Error(
      `could not add the copy to the front matter${check.syntaxErrors[0] ? `: ${check.syntaxErrors[0].message}` : ''}`,
    );
  return out;
}
