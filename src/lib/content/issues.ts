/** Turns zod issues into contributor-friendly lines: `path:line: field: message`. */
import type { z } from 'astro/zod';
import { EN, message, messageOf, shown, write, type Catalogue, type Message } from '../../schema/messages.ts';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: Message;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(file)';
}

/**
 * One message per zod issue, naming what was found and what is allowed: the message a check of
 * ours named (see `say` in src/schema/messages.ts), else one for zod's issue code.
 */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: Message }[] {
  const path = [...issue.path];
  const value = valueAt(data, path);
  const found = value === undefined || typeof value === 'object' ? undefined : shown(value);
  const own = messageOf(issue as { params?: Record<string, unknown> });
  if (own) return [{ path, message: own }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: message('unknownField', { key }) }));
    case 'invalid_value':
      return [{ path, message: message('notAllowed', { found: shown(value), values: issue.values.map(String) }) }];
    case 'invalid_type':
      if (value === undefined) return [{ path, message: message('requiredMissing', { expected: issue.expected }) }];
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
        return [{ path, message: message('quoteText', { found: shown(value) }) }];
      return [{ path, message: message('expectedFound', { expected: issue.expected, found: shown(value) }) }];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ path, message: message('mustNotBeEmpty') }];
      if (issue.origin === 'string' || issue.origin === 'array')
        return [{ path, message: message('tooShort', { minimum: Number(issue.minimum), unit: issue.origin === 'string' ? 'characters' : 'items', found }) }];
      return [{ path, message: message('tooSmall', { minimum: Number(issue.minimum), inclusive: issue.inclusive !== false, found }) }];
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array')
        return [{ path, message: message('tooLong', { maximum: Number(issue.maximum), unit: issue.origin === 'string' ? 'characters' : 'items', found }) }];
      return [{ path, message: message('tooBig', { maximum: Number(issue.maximum), inclusive: issue.inclusive !== false, found }) }];
    case 'invalid_format':
      if (issue.format === 'url') return [{ path, message: message('notUrl') }];
      if (issue.format === 'regex' && 'pattern' in issue) return [{ path, message: message('patternMismatch', { pattern: String(issue.pattern) }) }];
      return [{ path, message: message('invalidInput') }];
    default:
      return [{ path, message: message('invalidInput') }];
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

export function formatProblem(p: Problem, catalogue: Catalogue = EN): string {
  return `${p.file}:${p.line}: ${p.field}: ${write(p.message, catalogue)}`;
}

/** GitHub Actions workflow command: shows the error on the pull request's changed line. */
export function githubAnnotation(p: Problem, catalogue: Catalogue = EN): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::error file=${esc(p.file)},line=${p.line},title=${esc(p.field)}::${esc(write(p.message, catalogue))}`;
}
