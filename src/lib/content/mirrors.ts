/**
 * content/mirrors.yaml: the copies of the site that others keep online, shown on the download page
 * and in the downloadable copy. Read by `npm run validate` (through load.ts) and by the build.
 */
import { message } from '../../schema/messages.ts';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { mirrorsSchema, type Mirror } from '../../schema/mirror.ts';
import { parseYaml } from './frontmatter.ts';
import { describeIssue, fieldName, type Problem } from './issues.ts';

export const MIRRORS_FILE = 'mirrors.yaml';

/** The listed mirrors and every problem with the file; no file means no mirror. */
export function loadMirrors(root: string, contentDir = 'content'): { mirrors: Mirror[]; problems: Problem[] } {
  const path = resolve(root, contentDir, MIRRORS_FILE);
  const file = relative(root, path).split('\\').join('/');
  if (!existsSync(path)) return { mirrors: [], problems: [] };
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (parsed.syntaxErrors.length)
    return { mirrors: [], problems: parsed.syntaxErrors.map((e) => ({ file, line: e.line, field: '(yaml)', message: message('yamlSyntax', { detail: e.message }) })) };
  // An empty file, or one with only comments, is an empty list.
  const data = parsed.data ?? [];
  const result = mirrorsSchema.safeParse(data);
  const problems: Problem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues)
      for (const d of describeIssue(issue, data)) problems.push({ file, line: parsed.lineOf(d.path), field: fieldName(d.path), message: d.message });
    return { mirrors: [], problems };
  }
  const seen = new Set<string>();
  result.data.forEach((m, i) => {
    if (seen.has(m.url)) problems.push({ file, line: parsed.lineOf([i, 'url']), field: fieldName([i, 'url']), message: message('mirrorTwice', { url: m.url }) });
    seen.add(m.url);
  });
  return { mirrors: problems.length ? [] : result.data, problems };
}
