/**
 * The proposal form's logic, without the DOM: the values of the form become an entry, the entry is
 * checked with the schema and rules of the build, each problem is attached to the form field it
 * concerns (in the language of the catalogue it is given: the page's), and a valid entry becomes the Markdown file and the link
 * that opens it in GitHub's web editor. Nothing here talks to the network.
 */
import { message, write, type Catalogue } from '../../schema/messages.ts';
import { DAY_RE } from '../../schema/patterns.ts';
import { checkEntry, type EntryContext } from './check-entry.ts';
import { checkBody } from './markdown-rules.ts';
import { entryFromAnswers } from './scaffold.ts';

export interface FigureValues {
  measure: string;
  /** "225", or a range "100-200". */
  count: string;
  /** '' (the number as given), more-than, at-least, about. */
  qualifier: string;
  group: string;
  source: string;
  scope: string;
  asOf: string;
  /** Who stated the number: '' (the source's publisher itself), state, court, independent, international. */
  statedBy: string;
  /** The stating body's name in each language, when it is not the source's publisher. */
  statedByName: { kk: string; ru: string; en: string };
}

export interface FormValues {
  lang: string;
  title: string;
  summary: string;
  date: string;
  time: string;
  endDate: string;
  endTime: string;
  /** Empty: minute with a time, day without. */
  precision: string;
  place: string;
  type: string;
  actors: string[];
  rights: string[];
  sources: { id: string; locator: string }[];
  figures: FigureValues[];
  verification: string;
  body: string;
  slug: string;
}

export interface FieldError {
  /** The `name` of the form control (`title`, `source-0`, `figure-1-count`…). */
  field: string;
  message: string;
}

export interface Proposal {
  id: string;
  /** Where the file goes in the repository. */
  path: string;
  markdown: string;
  errors: FieldError[];
}

const REQUIRED = ['title', 'summary', 'date', 'place', 'type'] as const;

export function propose(v: FormValues, ctx: EntryContext, catalogue: Catalogue): Proposal {
  const errors: FieldError[] = [];
  // empty source rows are left out of the entry; problems of the others point back at their row
  const sourceRows = v.sources.map((s, row) => ({ ...s, row })).filter((s) => s.id.trim());
  const figures = v.figures.map((f, i) => {
    if (!f.source) errors.push({ field: `figure-${i}-source`, message: write(message('mustNotBeEmpty'), catalogue) });
    const count = parseCount(f.count);
    if (count === undefined)
      errors.push({ field: `figure-${i}-count`, message: write(f.count.trim() ? message('expectedFound', { expected: 'number', found: JSON.stringify(f.count) }) : message('mustNotBeEmpty'), catalogue) });
    const names = [f.statedByName.kk, f.statedByName.ru, f.statedByName.en].map((n) => n.trim());
    const statedBy = f.statedBy
      ? { kind: f.statedBy, ...(names.some(Boolean) ? { name: { kk: names[0], ru: names[1], en: names[2] } } : {}) }
      : undefined;
    return { measure: f.measure, count: count ?? 0, qualifier: f.qualifier || undefined, group: f.group || undefined, source: f.source, scope: f.scope, asOf: f.asOf || undefined, statedBy };
  });
  const entry = entryFromAnswers({
    lang: v.lang,
    date: v.date,
    time: v.time,
    end: v.endDate ? (v.endTime ? `${v.endDate}T${v.endTime}` : v.endDate) : undefined,
    precision: v.precision || undefined,
    place: v.place,
    type: v.type,
    title: v.title,
    summary: v.summary,
    body: v.body,
    sources: sourceRows.map(({ id, locator }) => ({ id, locator })),
    verification: v.verification,
    actors: v.actors,
    rights: v.rights,
    figures: figures.map((f) => Object.fromEntries(Object.entries(f).filter(([, x]) => x !== undefined))),
    slug: v.slug,
  });
  // An empty required field gets one plain message, not the schema's view of an empty string;
  // and the id, made from the date, is only worth discussing once the date is right.
  const empty = new Set(REQUIRED.filter((k) => !v[k].trim()));
  for (const k of empty) errors.push({ field: k, message: write(message('mustNotBeEmpty'), catalogue) });
  const found = checkEntry(entry.id, entry.data, ctx).issues.map((issue) => {
    const path = issue.path[0] === 'sources' && typeof issue.path[1] === 'number' ? ['sources', sourceRows[issue.path[1]]?.row ?? issue.path[1], ...issue.path.slice(2)] : issue.path;
    return { field: fieldOf(path, v), message: write(issue.message, catalogue) };
  });
  const dateWrong = empty.has('date') || found.some((e) => e.field === 'date');
  const explained = new Set<string>([...empty, ...errors.map((e) => e.field)]);
  errors.push(...found.filter((e) => !explained.has(e.field) && !(e.field === 'slug' && dateWrong)));
  for (const b of checkBody(entry.body, 1)) errors.push({ field: 'body', message: `${write(b.message, catalogue)} (${b.line})` });
  return { id: entry.id, path: `content/events/${entry.id}/index.md`, markdown: entry.markdown, errors: dedupe(errors) };
}

function parseCount(text: string): number | { min: number; max: number } | undefined {
  const t = text.trim().replace(/\s/g, '');
  const m = /^(\d+)(?:[-–](\d+))?$/.exec(t);
  if (!m) return undefined;
  return m[2] === undefined ? Number(m[1]) : { min: Number(m[1]), max: Number(m[2]) };
}

/** The control that shows a problem: the first wrong thing a person can change. */
export function fieldOf(path: readonly PropertyKey[], v: Pick<FormValues, 'date' | 'time'>): string {
  const [first, second, third] = path.map(String);
  switch (first) {
    case undefined:
      return 'slug';
    case 'start':
      return v.time && DAY_RE.test(v.date) ? 'time' : 'date';
    case 'end':
      return 'endDate';
    case 'timePrecision':
      return 'precision';
    case 'sources':
      return second === undefined ? 'sources' : `source-${second}`;
    case 'figures':
      return second === undefined ? 'figures' : `figure-${second}-${third ?? 'measure'}`;
    default:
      return first;
  }
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.field}|${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * GitHub's "create a new file" page, with the path and the text filled in. The person reviews it
 * on GitHub and proposes it as a pull request from there; the site only builds the link.
 */
export function githubNewFileUrl(repository: string, branch: string, path: string, text: string): string {
  const base = repository.replace(/\/+$/, '');
  const q = new URLSearchParams({ filename: path, value: text });
  return `${base}/new/${encodeURIComponent(branch)}?${q.toString()}`;
}
