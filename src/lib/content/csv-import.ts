/**
 * `npm run import`: rows of a spreadsheet in the columns of the site's own export
 * (/data/events.csv, FLAT_COLUMNS in src/lib/exports/flat.ts) become draft entries. A monitor can
 * download the CSV, add rows in a spreadsheet program, and bring them back. Every row is checked
 * with the same rules as `npm run validate`; problems name the spreadsheet row (the header is
 * row 1) and the column. Pure: the script reads the file and writes the result.
 */
import { parse } from 'csv-parse/sync';
import { FLAT_COLUMNS, LIST_SEPARATOR } from '../exports/flat.ts';
import { COUNT_QUALIFIERS, LANGS, STATING_BODY_KINDS, type Lang } from '../../schema/enums.ts';
import { isRealDate } from '../../schema/dates.ts';
import { translationSchema } from '../../schema/translation.ts';
import type { PlaceData } from '../../schema/place.ts';
import { toLocalMoment } from '../dates.ts';
import { checkEntry, type EntryContext } from './check-entry.ts';
import { eventMarkdown, translationMarkdown } from './entry-file.ts';
import { describeIssue } from './issues.ts';
import { CATALOGUES } from './messages.ts';
import { message, write } from '../../schema/messages.ts';
import { eventId } from './slug.ts';
import { CLI_TEXT } from './cli-text.ts';

/** Columns read on import. The others (region, place names, url…) are derived from the place and id. */
export const IMPORT_COLUMNS = FLAT_COLUMNS;

export interface ImportedEntry {
  row: number;
  id: string;
  /** Files to write, relative to the project root. */
  files: { path: string; text: string }[];
}

export interface ImportProblem {
  /** Spreadsheet row: the header is row 1. */
  row: number;
  column: string;
  message: string;
}

export interface ImportContext extends EntryContext {
  /** True when content/events/<id>/ exists on disk, valid or not. */
  exists(id: string): boolean;
}

type Row = Record<string, string>;

export function parseCsv(text: string): { header: string[]; rows: { row: number; cells: string[] }[]; error?: ImportProblem } {
  try {
    const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
    const [header = [], ...rest] = records;
    const rows = rest
      .map((cells, i) => ({ row: i + 2, cells }))
      .filter((r) => r.cells.some((c) => c.trim() !== ''));
    return { header: header.map((h) => h.trim()), rows };
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { header: [], rows: [], error: { row: err.lines ?? 1, column: '(csv)', message: err.message } };
  }
}

export function importCsv(text: string, ctx: ImportContext, lang: Lang): { entries: ImportedEntry[]; problems: ImportProblem[] } {
  const t = CLI_TEXT[lang];
  const problems: ImportProblem[] = [];
  const parsed = parseCsv(text);
  if (parsed.error) return { entries: [], problems: [parsed.error] };
  const known = new Set<string>(IMPORT_COLUMNS);
  parsed.header.forEach((h) => {
    if (!known.has(h)) problems.push({ row: 1, column: h || '(empty)', message: t.unknownColumn(h) });
  });
  for (const required of ['date', 'type', 'sources', 'verification', 'original_lang'])
    if (!parsed.header.includes(required)) problems.push({ row: 1, column: required, message: t.missingColumn(required) });
  if (problems.length) return { entries: [], problems };
  if (!parsed.rows.length) return { entries: [], problems: [{ row: 2, column: '(file)', message: t.emptyFile }] };

  const entries: ImportedEntry[] = [];
  const idRows = new Map<string, number>();
  for (const { row, cells } of parsed.rows) {
    const add = (column: string, message: string) => problems.push({ row, column, message });
    if (cells.length !== parsed.header.length) {
      add('(row)', t.cellCount(cells.length, parsed.header.length));
      continue;
    }
    const r: Row = Object.fromEntries(parsed.header.map((h, i) => [h, cells[i]!.trim()]));
    const entry = rowToEntry(r, ctx, lang, add);
    const first = idRows.get(entry.id);
    if (first) add('id', t.duplicateInFile(entry.id, first));
    else idRows.set(entry.id, row);
    if (ctx.exists(entry.id) && !ctx.eventIds?.includes(entry.id))
      add('id', write(message('duplicateEvent', { id: entry.id, file: `content/events/${entry.id}/index.md` }), CATALOGUES[lang]));
    entries.push({ row, id: entry.id, files: entry.files });
  }
  return { entries: problems.length ? [] : entries, problems };
}

function rowToEntry(r: Row, ctx: ImportContext, lang: Lang, add: (column: string, message: string) => void) {
  const t = CLI_TEXT[lang];
  const reported = new Set<string>();
  const report = (column: string, message: string) => {
    reported.add(column);
    add(column, message);
  };
  const original = r.original_lang ?? '';
  const place = resolvePlace(r, ctx.places, report, lang);
  const textLang = (LANGS as readonly string[]).includes(original) ? (original as Lang) : undefined;
  const title = textLang ? r[`title_${textLang}`] ?? '' : '';
  const summary = textLang ? r[`summary_${textLang}`] ?? '' : '';
  if (textLang && (!title || !summary)) report(!title ? `title_${textLang}` : `summary_${textLang}`, t.needsTitle(textLang));

  const start = startOf(r, place);
  const end = r.end_date ? (r.end_time ? `${r.end_date}T${r.end_time}` : r.end_date) : undefined;
  const data: Record<string, unknown> = {
    title,
    summary,
    lang: original,
    type: r.type ?? '',
    start,
    end,
    timePrecision: r.time_precision || (r.time ? 'minute' : 'day'),
    place: place?.id ?? r.place_id ?? '',
    location: locationOf(r, place, report, t.needsBoth),
    actors: list(r.actors),
    rights: list(r.rights),
    figures: figuresOf(r.figures, report, t.badFigure),
    sources: list(r.sources).map((id) => ({ id })),
    verification: r.verification ?? '',
    updated: r.updated || undefined,
    draft: true,
  };
  const id = r.id || eventId(r.date ?? '', title || 'entry');
  const checked = checkEntry(id, data, ctx);
  // a column already explained above (a missing title, a place not found by its name) is not
  // reported a second time in the schema's words
  const explained = new Set(reported);
  if (['place', 'place_ru', 'place_kk'].some((c) => explained.has(c))) explained.add('place_id');
  for (const issue of checked.issues) {
    const column = columnOf(issue.path, r, textLang);
    if (!explained.has(column)) report(column, write(issue.message, CATALOGUES[lang]));
  }

  const files = [{ path: `content/events/${id}/index.md`, text: eventMarkdown(data) }];
  for (const other of LANGS) {
    if (other === textLang) continue;
    const tr = { title: r[`title_${other}`] ?? '', summary: r[`summary_${other}`] ?? '' };
    if (!tr.title && !tr.summary) continue;
    const value = { ...tr, translatedFrom: original, reviewed: false };
    const result = translationSchema.safeParse(value);
    if (!result.success)
      for (const i of result.error.issues) for (const d of describeIssue(i, value)) report(`${String(d.path[0])}_${other}`, write(d.message, CATALOGUES[lang]));
    files.push({ path: `content/events/${id}/${other}.md`, text: translationMarkdown(value) });
  }
  return { id, files };
}

/** The start as the contract writes it; an offset only when the sheet's differs from the place's own. */
function startOf(r: Row, place: PlaceData | undefined): string {
  const date = r.date ?? '';
  if (!r.time) return date;
  const local = `${date}T${r.time}`;
  const offset = r.utc_offset;
  if (!offset || !place || !isRealDate(local)) return local;
  try {
    return toLocalMoment(local, place.timezone).offset === offset ? local : `${local}${offset}`;
  } catch {
    return local;
  }
}

function resolvePlace(r: Row, places: readonly PlaceData[], report: (c: string, m: string) => void, lang: Lang): PlaceData | undefined {
  const t = CLI_TEXT[lang];
  let place: PlaceData | undefined;
  if (r.place_id) place = places.find((p) => p.id === r.place_id); // an unknown id is reported by the integrity check
  else {
    const names = (['place', 'place_ru', 'place_kk'] as const).map((c) => [c, r[c]] as const).filter(([, v]) => v);
    if (!names.length) report('place_id', t.noPlace);
    else {
      const [column, name] = names[0]!;
      const lower = name!.toLowerCase();
      place = places.find((p) => [p.name.en, p.name.ru, p.name.kk].some((n) => n.toLowerCase() === lower));
      if (!place) report(column, t.unknownPlaceName(name!));
    }
  }
  if (place && r.region_id) {
    const actual = place.kind === 'region' ? place.id : (place.region ?? '');
    if (actual !== r.region_id) report('region_id', t.regionMismatch(r.region_id, place.id, actual || '—'));
  }
  return place;
}

/**
 * The export publishes the place's own point when a location is coarse (city, region, country);
 * such a point adds nothing to the place and is not written back.
 */
function locationOf(r: Row, place: PlaceData | undefined, report: (c: string, m: string) => void, needsBoth: string) {
  const lat = r.latitude ?? '';
  const lon = r.longitude ?? '';
  if (!lat && !lon) return undefined;
  if (!lat || !lon) {
    report(!lat ? 'latitude' : 'longitude', needsBoth);
    return undefined;
  }
  const num = (v: string) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
  const precision = r.location_precision || 'approximate';
  const point = { lat: num(lat), lon: num(lon), precision };
  const samePoint = place && Math.abs(Number(lat) - place.lat) < 1e-6 && Math.abs(Number(lon) - place.lon) < 1e-6;
  if (samePoint && ['city', 'region', 'country'].includes(precision)) return undefined;
  return point;
}

const FIGURE_RE = new RegExp(
  String.raw`^(\S+) (?:(${COUNT_QUALIFIERS.join('|')}) )?(\d+)(?:-(\d+))? (\S+) \(([^,]+), as of ([^,]+), source ([^,)]+)(, withdrawn)?(?:, stated by (${STATING_BODY_KINDS.join('|')})(?:: ([^,()|]+)\|([^,()|]+)\|([^,()|]+))?)?\)$`,
);

/**
 * Figures as the export writes them (src/lib/exports/flat.ts figureText):
 * `killed 225 people (cumulative, as of 2022-01-15, source x, stated by state: Бас прокуратура | Генеральная прокуратура | Prosecutor General's Office)`,
 * `detained more-than 2000 people (…)`.
 */
function figuresOf(cell: string | undefined, report: (c: string, m: string) => void, bad: (t: string) => string) {
  // a figure's own text holds commas: figures are separated by semicolons only
  return (cell ?? '').split(/\s*;\s*/).filter(Boolean).flatMap((text) => {
    const m = FIGURE_RE.exec(text);
    if (!m) {
      report('figures', bad(text));
      return [];
    }
    const [, measure, qualifier, min, max, group, scope, asOf, source, withdrawn, kind, kk, ru, en] = m;
    return [
      {
        measure,
        count: max === undefined ? Number(min) : { min: Number(min), max: Number(max) },
        ...(qualifier ? { qualifier } : {}),
        group,
        source,
        scope,
        asOf,
        ...(withdrawn ? { withdrawn: true } : {}),
        ...(kind ? { statedBy: { kind, ...(kk && ru && en ? { name: { kk: kk.trim(), ru: ru.trim(), en: en.trim() } } : {}) } } : {}),
      },
    ];
  });
}

/** A list cell: the export separates with "; ", people also type commas. */
function list(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(cell.includes(LIST_SEPARATOR.trim()) ? /\s*;\s*/ : /\s*,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const COLUMNS: Record<string, string> = {
  lang: 'original_lang',
  type: 'type',
  end: 'end_date',
  timePrecision: 'time_precision',
  place: 'place_id',
  actors: 'actors',
  rights: 'rights',
  figures: 'figures',
  sources: 'sources',
  verification: 'verification',
  updated: 'updated',
};

function columnOf(path: readonly PropertyKey[], r: Row, textLang: Lang | undefined): string {
  const [first, second] = path.map(String);
  if (first === undefined) return 'id';
  if (first === 'title' || first === 'summary') return `${first}_${textLang ?? r.original_lang ?? ''}`;
  if (first === 'start') return r.time && isRealDate(r.date ?? '') ? 'time' : 'date';
  if (first === 'location') return second === 'lat' ? 'latitude' : second === 'lon' ? 'longitude' : 'location_precision';
  return COLUMNS[first] ?? first;
}
