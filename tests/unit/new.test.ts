/**
 * `npm run new`, always against a temporary copy of the fixture content (--root): with flags it
 * writes an entry that validates; it asks in the contributor's language when answers are piped;
 * it refuses to overwrite an entry or a source; a bad answer writes nothing.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { slugify, eventId } from '../../src/lib/content/slug.ts';
import { findPlace, findSources } from '../../src/lib/content/new-entry.ts';
import { entryFromAnswers } from '../../src/lib/content/scaffold.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { eventSchema } from '../../src/schema/event.ts';
import { placesFileSchema } from '../../src/schema/place.ts';
import { main as newMain } from '../../scripts/new.ts';
import { main as validateMain } from '../../scripts/validate.ts';
import { ROOT as root, runMain } from '../support/command.ts';

const fixture = join(root, 'tests/fixtures/import/content');
const ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '' };
const MAINS = { 'new.ts': newMain, 'validate.ts': validateMain };
const run = (script: keyof typeof MAINS, args: string[], input = '') =>
  runMain(MAINS[script], args, { env: ENV, input });

const repoEvents = readdirSync(join(root, 'content/events')).sort();
const temps: string[] = [];
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-new-'));
  temps.push(tmp);
  cpSync(fixture, join(tmp, 'content'), { recursive: true });
});
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  // the project's own content is never touched by these tests
  expect(readdirSync(join(root, 'content/events')).sort()).toEqual(repoEvents);
});

const FLAGS = [
  '--lang',
  'en',
  '--date',
  '2022-01-05',
  '--time',
  '16:37',
  '--place',
  'almaty',
  '--type',
  'protest',
  '--title',
  'Crowd gathers on Republic Square',
  '--summary',
  'A crowd gathered on the square in the afternoon, according to one source.',
  '--source',
  'fixture-news-2022-01-03',
  '--actors',
  'protesters,police',
];

describe('npm run new with flags', () => {
  it('writes content/events/<id>/index.md that validates', async () => {
    const r = await run('new.ts', ['--root', tmp, ...FLAGS]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const id = '2022-01-05-crowd-gathers-on-republic-square';
    expect(r.stdout).toContain(`wrote content/events/${id}/index.md`);
    expect(r.stdout).toContain('✓ the new entry is valid.');
    const parsed = parseMarkdownFile(readFileSync(join(tmp, 'content/events', id, 'index.md'), 'utf8'));
    expect('error' in parsed).toBe(false);
    expect((parsed as { data: unknown }).data).toEqual({
      title: 'Crowd gathers on Republic Square',
      summary: 'A crowd gathered on the square in the afternoon, according to one source.',
      lang: 'en',
      type: 'protest',
      start: '2022-01-05T16:37',
      timePrecision: 'minute',
      place: 'almaty',
      actors: ['protesters', 'police'],
      sources: [{ id: 'fixture-news-2022-01-03' }],
      verification: 'reported',
    });
    const v = await run('validate.ts', ['--root', tmp]);
    expect(v.stdout).toMatch(/✓ content is valid: 2 events/);
    expect(v.status).toBe(0);
  });

  it('adds a new source record when asked, and cites it', async () => {
    const r = await run('new.ts', [
      '--root',
      tmp,
      '--lang',
      'ru',
      '--date',
      '2022-01-06',
      '--place',
      'Жанаозен',
      '--type',
      'statement',
      '--title',
      'Заявление акимата',
      '--summary',
      'Акимат сделал заявление.',
      '--new-source',
      'fixture-akimat-2022-01-06',
      '--source-title',
      'Заявление',
      '--source-publisher',
      'Акимат',
      '--source-published',
      '2022-01-06',
      '--source-kind',
      'official',
      '--source-url',
      'https://akimat.fixture.example/1',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('записан content/sources/fixture-akimat-2022-01-06.md');
    expect(r.stdout).toContain('✓ новая запись без ошибок.');
    const source = parseMarkdownFile(
      readFileSync(join(tmp, 'content/sources/fixture-akimat-2022-01-06.md'), 'utf8'),
    ) as { data: Record<string, unknown> };
    expect(source.data).toMatchObject({ publisher: 'Акимат', kind: 'official', lang: 'ru', published: '2022-01-06' });
    const entry = readFileSync(join(tmp, 'content/events/2022-01-06-zayavlenie-akimata/index.md'), 'utf8');
    expect(entry).toContain('place: zhanaozen');
    expect(entry).toContain('- id: fixture-akimat-2022-01-06');
    expect((await run('validate.ts', ['--root', tmp])).status).toBe(0);
  });

  it('refuses to overwrite an existing entry, and writes nothing', async () => {
    const path = join(tmp, 'content/events/2022-01-04-fixture-existing/index.md');
    const before = readFileSync(path, 'utf8');
    const r = await run('new.ts', [
      '--root',
      tmp,
      ...FLAGS.map((f) => (f === '2022-01-05' ? '2022-01-04' : f)),
      '--slug',
      'fixture existing',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('An entry "2022-01-04-fixture-existing" already exists');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(join(tmp, 'content/events'))).toEqual(['2022-01-04-fixture-existing']);
  });

  it('refuses to overwrite an existing source', async () => {
    const r = await run('new.ts', [
      '--root',
      tmp,
      ...FLAGS.filter((f, i, a) => f !== '--source' && a[i - 1] !== '--source'),
      '--new-source',
      'fixture-news-2022-01-03',
      '--source-title',
      'T',
      '--source-publisher',
      'P',
      '--source-published',
      '2022-01-05',
      '--source-kind',
      'media',
      '--source-url',
      'https://x.fixture.example/',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('A source "fixture-news-2022-01-03" already exists');
    expect(readdirSync(join(tmp, 'content/events'))).toEqual(['2022-01-04-fixture-existing']);
  });

  it('names every bad answer by its flag, in the chosen language, and writes nothing', async () => {
    const r = await run('new.ts', [
      '--root',
      tmp,
      '--lang',
      'ru',
      '--date',
      '2022-02-30',
      '--time',
      '25:61',
      '--place',
      'atlantis',
      '--type',
      'riot',
      '--title',
      '<b>x</b>',
      '--summary',
      'ok',
      '--source',
      'fixture-unknown',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ --date: "2022-02-30" — такого дня не существует');
    expect(r.stdout).toContain('✗ --time: «25:61» — не время');
    expect(r.stdout).toContain('✗ --place: В content/places.yaml нет места «atlantis»');
    expect(r.stdout).toContain('✗ --type: «riot» нет в списке');
    expect(r.stdout).toContain('✗ --title: только простой текст');
    expect(r.stdout).toContain('✗ --source: В content/sources/ нет источника «fixture-unknown»');
    expect(r.stderr).toContain('Ничего не записано.');
    expect(readdirSync(join(tmp, 'content/events'))).toEqual(['2022-01-04-fixture-existing']);
  });

  it('checks the entry as a whole before writing (end before start, a wrong date in the id)', async () => {
    const r = await run('new.ts', ['--root', tmp, ...FLAGS, '--end', '2022-01-04']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ --end: end 2022-01-04 is before start 2022-01-05T16:37');
    expect(readdirSync(join(tmp, 'content/events'))).toEqual(['2022-01-04-fixture-existing']);
  });
});

describe('npm run new, interactive', () => {
  it('asks in the chosen language and writes what was answered', async () => {
    const answers = [
      'kk',
      '2022-01-03',
      '10:00',
      'жанаозен',
      '1',
      'Жаңаөзенде газ бағасына наразылық',
      'Тұрғындар алаңға жиналды.',
      'fixture-news-2022-01-03',
      'Дереккөз бойынша баяндау.',
    ];
    const r = await run('new.ts', ['--root', tmp], `${answers.join('\n')}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Тіл / Язык / Language (kk, ru, en)');
    expect(r.stdout).toContain('Оқиға болған күн, сол жердің жергілікті уақытымен');
    expect(r.stdout).toContain('1. protest — ');
    expect(r.stdout).toContain('✓ жаңа жазбада қате жоқ.');
    const text = readFileSync(
      join(tmp, 'content/events/2022-01-03-zhangaozende-gaz-bagasyna-narazylyq/index.md'),
      'utf8',
    );
    expect(text).toContain('start: "2022-01-03T10:00"');
    expect(text).toContain('place: zhanaozen');
    expect(text).toContain('lang: kk');
    expect(text.trim().endsWith('Дереккөз бойынша баяндау.')).toBe(true);
  });

  it('asks again after a wrong answer, with the reason', async () => {
    const answers = [
      'en',
      '2022-13-01',
      '2022-01-03',
      '',
      'nowhere',
      'zhanaozen',
      'riot',
      'protest',
      'Gas price protest',
      'People gathered.',
      'nope',
      'fixture-news-2022-01-03',
      '',
    ];
    const r = await run('new.ts', ['--root', tmp], `${answers.join('\n')}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✗ --date: "2022-13-01" is not a day that exists');
    expect(r.stdout).toContain('✗ --place: There is no place "nowhere"');
    expect(r.stdout).toContain('✗ --type: "riot" is not in the list');
    expect(r.stdout).toContain('✗ --source: There is no source "nope"');
    expect(existsSync(join(tmp, 'content/events/2022-01-03-gas-price-protest/index.md'))).toBe(true);
  });

  it('stops without writing when the answers end early', async () => {
    const r = await run('new.ts', ['--root', tmp], 'en\n2022-01-03\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Missing answers: give --place, --type, --title, --summary, --source/);
    expect(readdirSync(join(tmp, 'content/events'))).toEqual(['2022-01-04-fixture-existing']);
  });
});

describe('building blocks', () => {
  it('makes ASCII ids from Kazakh, Russian and English titles', async () => {
    expect(slugify('Жаңаөзендегі ереуіл')).toBe('zhangaozendegi-ereuil');
    expect(slugify('Штурм акимата в Алматы')).toBe('shturm-akimata-v-almaty');
    expect(slugify('CSTO troops arrive: the first 2,500!')).toBe('csto-troops-arrive-the-first-2');
    expect(slugify('«»')).toBe('entry');
    expect(eventId('2022-01-05T16:37', 'Ignored', 'my words')).toBe('2022-01-05-my-words');
  });

  it('finds a place by id or by its name in any language, typed on any keyboard', async () => {
    const places = placesFileSchema.parse(parse(readFileSync(join(fixture, 'places.yaml'), 'utf8')));
    expect(findPlace('zhanaozen', places).place?.id).toBe('zhanaozen');
    expect(findPlace('Жаңаөзен', places).place?.id).toBe('zhanaozen');
    expect(findPlace('жанаозен', places).place?.id).toBe('zhanaozen');
    expect(findPlace('Almaty', places).place?.id).toBe('almaty');
    expect(findPlace('алмат', places)).toEqual({ suggestions: ['almaty-city', 'almaty'] });
    expect(findPlace('atlantis', places)).toEqual({ suggestions: [] });
    expect(
      findSources(
        ['fixture-news', 'fixture-ngo-2022-01-06'],
        [{ id: 'fixture-news-2022-01-03' }, { id: 'fixture-ngo-2022-01-06' }],
      ),
    ).toEqual({
      unknown: 'fixture-news',
      suggestions: ['fixture-news-2022-01-03', 'fixture-ngo-2022-01-06'],
    });
  });

  it('writes front matter that reads back to the same entry, dates quoted', async () => {
    const e = entryFromAnswers({
      lang: 'ru',
      date: '2022-01-05',
      place: 'almaty',
      type: 'casualty',
      title: 'Погибшие: «данные» и # знаки',
      summary: 'Две цифры: 1-2.',
      sources: [{ id: 'a', locator: 'стр. 2' }],
      end: '2022-01-06',
      figures: [{ measure: 'killed', count: { min: 1, max: 2 }, source: 'a', scope: 'incident', asOf: '2022-01-05' }],
    });
    expect(e.markdown).toContain('start: "2022-01-05"');
    expect(e.markdown).toContain('count: {min: 1, max: 2}');
    const back = parseMarkdownFile(e.markdown) as { data: unknown };
    const result = eventSchema.safeParse(back.data);
    expect(result.success).toBe(true);
    expect(result.data?.title).toBe('Погибшие: «данные» и # знаки');
    expect(result.data?.timePrecision).toBe('day');
  });
});
