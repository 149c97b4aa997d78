/**
 * Writes content files: front matter in the order the schema documents its fields, then the body.
 * Used by `npm run new`, `npm run import` and the browser's proposal form, so that every way in
 * produces the same file. The validator reads these files back with the `yaml` library; the
 * writer is a few lines of its own because the proposal form ships it to the browser, and the
 * shapes it writes are few (scalars, lists of scalars, records, lists of records).
 */
import { eventSchema } from '../../schema/event.ts';
import { sourceSchema } from '../../schema/source.ts';

const EVENT_KEYS = Object.keys(eventSchema.shape);
const SOURCE_KEYS = Object.keys(sourceSchema.shape);

/** Keys in schema order; empty lists, empty strings and undefined values left out. */
function ordered(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of [...keys, ...Object.keys(data).filter((k) => !keys.includes(k))]) {
    const v = data[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Text left unquoted only when no YAML reader can take it for anything else: words, not a number,
 * a date (Astro's front-matter reader turns an unquoted 2022-01-05 into a Date), a YAML 1.1
 * boolean or null, and nothing that YAML reads as syntax (": ", " #", brackets, quotes…).
 */
const PLAIN = /^[\p{L}][\p{L}\p{N} .,;()«»–—’'/-]*$/u;
const KEYWORD = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

function scalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const text = String(v);
  return PLAIN.test(text) && !KEYWORD.test(text) && !text.endsWith(' ') && !text.includes(' #') ? text : JSON.stringify(text);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `key: value` lines at an indent: lists of scalars and counts on one line (`[police, army]`, `{min: 1, max: 2}`). */
function lines(data: Record<string, unknown>, indent: string): string[] {
  return Object.entries(data).flatMap(([key, v]) => {
    if (v === undefined) return [];
    if (Array.isArray(v) && v.every((x) => !isRecord(x) && !Array.isArray(x))) return [`${indent}${key}: [${v.map(scalar).join(', ')}]`];
    if (Array.isArray(v))
      return [`${indent}${key}:`, ...v.flatMap((item) => lines(item as Record<string, unknown>, `${indent}    `).map((l, i) => (i === 0 ? `${indent}  - ${l.trimStart()}` : l)))];
    if (isRecord(v) && key === 'count') return [`${indent}${key}: {${Object.entries(v).map(([k, x]) => `${k}: ${scalar(x)}`).join(', ')}}`];
    if (isRecord(v)) return [`${indent}${key}:`, ...lines(v, `${indent}  `)];
    return [`${indent}${key}: ${scalar(v)}`];
  });
}

export function frontMatter(data: Record<string, unknown>): string {
  return `${lines(data, '').join('\n')}\n`;
}

function markdown(data: Record<string, unknown>, body: string): string {
  const text = body.trim();
  return `---\n${frontMatter(data)}---\n${text ? `${text}\n` : ''}`;
}

/** content/events/<id>/index.md */
export function eventMarkdown(data: Record<string, unknown>, body = ''): string {
  return markdown(ordered(data, EVENT_KEYS), body);
}

/** content/sources/<id>.md */
export function sourceMarkdown(data: Record<string, unknown>, body = ''): string {
  return markdown(ordered(data, SOURCE_KEYS), body);
}

/** content/events/<id>/<lang>.md: a translation's title and summary. */
export function translationMarkdown(data: { title: string; summary: string; translatedFrom: string; reviewed: boolean }, body = ''): string {
  return markdown(ordered(data, ['title', 'summary', 'translatedFrom', 'reviewed', 'reviewedBy']), body);
}
