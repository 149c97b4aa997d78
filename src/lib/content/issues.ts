/** Turns zod issues into contributor-friendly lines: `path:line: field: message`. */
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(file)';
}

/** One message per zod issue, naming what was found and what is allowed. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: [...path, k], message: `unknown field "${k}" (check the spelling, or remove it)` }));
    case 'invalid_value':
      return [{ path, message: `${JSON.stringify(found)} is not allowed (allowed: ${issue.values.map(String).join(', ')})` }];
    case 'invalid_type':
      if (found === undefined) return [{ path, message: `required field is missing (expected ${issue.expected})` }];
      if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean'))
        return [{ path, message: `expected text, found ${JSON.stringify(found)}: put the value in quotes` }];
      return [{ path, message: issue.message.startsWith('Invalid input') ? `expected ${issue.expected}, found ${JSON.stringify(found)}` : issue.message }];
    case 'invalid_union':
      return [{ path, message: `${JSON.stringify(found)} is not valid here (expected a number, or { min, max })` }];
    case 'too_small':
    case 'too_big':
      return [{ path, message: `${issue.message}${found !== undefined && typeof found !== 'object' ? ` (found ${JSON.stringify(found)})` : ''}` }];
    default:
      return [{ path, message: issue.message }];
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

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** GitHub Actions workflow command: shows the error on the pull request's changed line. */
export function githubAnnotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::error file=${esc(p.file)},line=${p.line},title=${esc(p.field)}::${esc(p.message)}`;
}
