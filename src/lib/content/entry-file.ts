/**
 * Writes content files: front matter in the order the schema documents its fields, then the body.
 * Used by `npm run new`, `npm run import` and the browser's proposal form, so that every way in
 * produces the same file. The validator reads these files back with the same `yaml` library.
 */
import { Document, isMap, isScalar, visit, type Scalar } from 'yaml';
import { eventSchema } from '../../schema/event.ts';
import { sourceSchema } from '../../schema/source.ts';
import { DAY_OR_MONTH_RE, LOCAL_DATE_RE } from '../../schema/patterns.ts';

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

export function frontMatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node: Scalar) {
      // Astro's front-matter reader turns an unquoted 2022-01-05 into a Date: dates stay strings.
      if (typeof node.value === 'string' && (LOCAL_DATE_RE.test(node.value) || DAY_OR_MONTH_RE.test(node.value))) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true; // actors: [police, army]
    },
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key === 'count' && isMap(pair.value)) pair.value.flow = true; // count: {min: 1, max: 2}
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
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
