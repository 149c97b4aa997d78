/**
 * `npm run import -- file.csv` on a temporary copy of the fixture content: a file with a bad row
 * writes nothing and names every bad row and column; a good file writes drafts that validate; and
 * the site's own CSV export reads back into the same facts.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { importCsv, type ImportContext } from '../../src/lib/content/csv-import.ts';
import { buildChronicle } from '../../src/lib/chronicle.ts';
import { eventsCsv } from '../../src/lib/exports/csv.ts';
import { FLAT_COLUMNS } from '../../src/lib/exports/flat.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { main as importMain } from '../../scripts/import.ts';
import { main as validateMain } from '../../scripts/validate.ts';
import { ROOT as root, runMain } from '../support/command.ts';

const fixtures = join(root, 'tests/fixtures/import');
const ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '', INIT_CWD: root };
const MAINS = { 'import.ts': importMain, 'validate.ts': validateMain };
const run = (script: keyof typeof MAINS, args: string[]) => runMain(MAINS[script], args, { env: ENV, cwd: root });

const temps: string[] = [];
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-import-'));
  temps.push(tmp);
  cpSync(join(fixtures, 'content'), join(tmp, 'content'), { recursive: true });
});
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const events = () => readdirSync(join(tmp, 'content/events')).sort();

describe('npm run import', () => {
  it('writes nothing when a row is bad, and names every bad row and column', async () => {
    const r = await run('import.ts', ['--root', tmp, 'tests/fixtures/import/bad.csv']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^tests\/fixtures\/import\/bad\.csv:3: type: "riot" is not allowed \(allowed: protest, /m);
    expect(r.stdout).toMatch(
      /^tests\/fixtures\/import\/bad\.csv:4: latitude: latitude must be within Kazakhstan \(40\.5–55\.5\)/m,
    );
    expect(r.stdout).toMatch(/^tests\/fixtures\/import\/bad\.csv:4: sources: unknown source "fixture-unknown-source"/m);
    // row 2 is good, and is not mentioned
    expect(r.stdout).not.toMatch(/bad\.csv:2:/);
    expect(r.stdout).toContain('✗ 3 problems in 2 rows: nothing was written.');
    // not even the good row was written
    expect(events()).toEqual(['2022-01-04-fixture-existing']);
  });

  it('speaks the chosen language', async () => {
    const r = await run('import.ts', ['--root', tmp, 'tests/fixtures/import/bad.csv', '--lang', 'ru']);
    expect(r.stdout).toMatch(/bad\.csv:3: type: "riot" — недопустимое значение/);
    expect(r.stdout).toContain('ничего не записано');
  });

  it('writes a good file as drafts that validate', async () => {
    const r = await run('import.ts', ['--root', tmp, 'tests/fixtures/import/good.csv']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ 3 draft entries written');
    expect(events()).toEqual([
      '2022-01-03-zhangaozende-gaz-bagasyna-qarsy-zhiyn',
      '2022-01-04-fixture-existing',
      '2022-01-05-fixture-almaty-square',
      '2022-01-06-zaderzhaniya-u-akimata',
    ]);
    const v = await run('validate.ts', ['--root', tmp]);
    expect(v.stdout).toMatch(/✓ content is valid: 4 events, 1 translations/);
    expect(v.status).toBe(0);

    const read = (p: string) =>
      (parseMarkdownFile(readFileSync(join(tmp, 'content/events', p), 'utf8')) as { data: Record<string, unknown> })
        .data;
    const kk = read('2022-01-03-zhangaozende-gaz-bagasyna-qarsy-zhiyn/index.md');
    // the sheet's offset is the place's own (Aqtau, UTC+5): the start stays local
    expect(kk).toMatchObject({
      draft: true,
      lang: 'kk',
      start: '2022-01-03T10:00',
      timePrecision: 'hour',
      place: 'zhanaozen',
    });
    // the exported point of a city-precision location is the place's own: not written back
    expect(kk.location).toBeUndefined();
    expect(read('2022-01-03-zhangaozende-gaz-bagasyna-qarsy-zhiyn/ru.md')).toMatchObject({
      translatedFrom: 'kk',
      reviewed: false,
    });
    const en = read('2022-01-05-fixture-almaty-square/index.md');
    expect(en).toMatchObject({
      verification: 'corroborated',
      end: '2022-01-06',
      location: { lat: 43.238, lon: 76.945, precision: 'approximate' },
      actors: ['police', 'protesters'],
    });
    expect(en.figures).toEqual([
      {
        measure: 'injured',
        count: { min: 100, max: 200 },
        group: 'people',
        source: 'fixture-ngo-2022-01-06',
        scope: 'cumulative',
        asOf: '2022-01-05',
      },
      {
        measure: 'detained',
        count: 30,
        group: 'people',
        source: 'fixture-news-2022-01-03',
        scope: 'incident',
        asOf: '2022-01-05',
        statedBy: { kind: 'independent' },
      },
    ]);
    // a place given by its name only
    expect(read('2022-01-06-zaderzhaniya-u-akimata/index.md')).toMatchObject({ place: 'almaty', lang: 'ru' });
  });

  it('refuses to import the same rows twice', async () => {
    expect((await run('import.ts', ['--root', tmp, 'tests/fixtures/import/good.csv'])).status).toBe(0);
    const again = await run('import.ts', ['--root', tmp, 'tests/fixtures/import/good.csv']);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/good\.csv:3: id: duplicate event id "2022-01-05-fixture-almaty-square"/);
  });

  it('explains how to call it', async () => {
    const r = await run('import.ts', ['--root', tmp]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm run import -- file.csv');
  });
});

describe('reading a sheet', () => {
  const ctx = (): ImportContext => {
    const c = loadContent(join(fixtures));
    return { places: c.places.places, sources: c.sources, eventIds: c.events.map((e) => e.id), exists: () => false };
  };
  const header = 'date,type,place_id,sources,verification,original_lang,title_en,summary_en';

  it('names unknown and missing columns on row 1', () => {
    const { problems } = importCsv(
      'date,kind,place_id,sources,original_lang\n2022-01-05,protest,almaty,x,en\n',
      ctx(),
      'en',
    );
    expect(problems).toEqual([
      { row: 1, column: 'kind', message: expect.stringContaining('unknown column "kind"') },
      { row: 1, column: 'type', message: 'the column "type" is required' },
      { row: 1, column: 'verification', message: 'the column "verification" is required' },
    ]);
  });

  it('counts rows as a spreadsheet does, multi-line cells included', () => {
    const text = `${header}\n2022-01-05,protest,almaty,fixture-news-2022-01-03,reported,en,"A title","A summary\nover two lines"\n\n2022-01-05,protest,almaty,fixture-news-2022-01-03,reported,en,,Missing title\n`;
    const { problems } = importCsv(text, ctx(), 'en');
    expect(problems).toEqual([
      { row: 4, column: 'title_en', message: "the entry's language is en: title_en and summary_en are required" },
    ]);
  });

  it('refuses two rows that would make the same id, and malformed figures and points', () => {
    const row = '2022-01-05,protest,almaty,fixture-news-2022-01-03,reported,en,Same title,S';
    const { problems } = importCsv(`${header},figures,latitude\n${row},,\n${row},killed many,43.2\n`, ctx(), 'en');
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual(['3:longitude', '3:figures', '3:id']);
    expect(problems[2]!.message).toContain('also produced by row 2');
  });

  it('reads back the site own CSV export into the same facts', () => {
    const c = loadContent(fixtures);
    const chronicle = buildChronicle({
      events: c.events,
      translations: c.translations,
      sources: c.sources,
      places: c.places.places,
    });
    const csv = eventsCsv({ chronicle, site: 'https://qantar.example', base: '/' });
    expect(csv.split('\r\n')[0]!.replace(/^\uFEFF/, '')).toBe(FLAT_COLUMNS.join(','));
    const { entries, problems } = importCsv(csv, { ...ctx(), eventIds: [] }, 'en');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(['2022-01-04-fixture-existing']);
    const back = (parseMarkdownFile(entries[0]!.files[0]!.text) as { data: Record<string, unknown> }).data;
    const { draft, ...facts } = back;
    expect(draft).toBe(true);
    const original = (
      parseMarkdownFile(
        readFileSync(join(fixtures, 'content/events/2022-01-04-fixture-existing/index.md'), 'utf8'),
      ) as { data: Record<string, unknown> }
    ).data;
    expect(facts).toEqual({ ...original, updated: '2022-01-04' });
  });

  it('keeps a sheet offset that differs from the place zone', () => {
    const text = `${header},time,utc_offset\n2022-01-05,protest,almaty,fixture-news-2022-01-03,reported,en,T,S,16:37,+05:00\n`;
    const { entries } = importCsv(text, ctx(), 'en');
    expect(entries[0]!.files[0]!.text).toContain('start: "2022-01-05T16:37+05:00"');
  });
});

it('the fixture files are real spreadsheets: BOM, CRLF, the export header', () => {
  const good = readFileSync(join(fixtures, 'good.csv'), 'utf8');
  expect(good.startsWith('\uFEFF')).toBe(true);
  expect(good).toContain('\r\n');
  expect(good.slice(1, good.indexOf('\r\n'))).toBe(FLAT_COLUMNS.join(','));
});
