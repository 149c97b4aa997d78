/**
 * An entry made by `npm run new` appears in the built site. The command runs on a temporary copy
 * of the project's content (--root) and the site is built from that copy (QANTAR_CONTENT) into a
 * temporary folder, so content/ and dist/ are never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '../..');
const ID = '2022-01-05-scaffolded-entry-for-the-build-test';
const SOURCE = 'fixture-scaffold-2022-01-05';
const TITLE = 'Scaffolded entry for the build test';
let tmp: string;
let made: ReturnType<typeof spawnSync>;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-new-site-'));
  cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
  made = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/new.ts'),
      '--root',
      tmp,
      '--lang',
      'en',
      '--date',
      '2022-01-05',
      '--time',
      '12:10',
      '--place',
      'almaty',
      '--type',
      'statement',
      '--title',
      TITLE,
      '--summary',
      'A synthetic entry made by npm run new to prove it reaches the pages.',
      '--body',
      'The account of the synthetic entry.',
      '--new-source',
      SOURCE,
      '--source-title',
      'Fixture statement',
      '--source-publisher',
      'Fixture Publisher',
      '--source-published',
      '2022-01-05',
      '--source-kind',
      'media',
      '--source-url',
      'https://fixture.example/statement',
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } },
  );
  if (made.status !== 0) return;
  // a bare `astro build`: the integration writes the search index and the offline copy itself
  build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(tmp, 'dist')],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        QANTAR_CONTENT: join(tmp, 'content'),
        QANTAR_CACHE_DIR: join(tmp, 'cache'),
        BASE_PATH: '/',
      },
      timeout: 280_000,
    },
  );
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(tmp, 'dist', path, 'index.html'), 'utf8');

describe('an entry made by npm run new', () => {
  it('is written and validates', () => {
    expect(made.stdout).toContain('✓ the new entry is valid.');
    expect(made.status).toBe(0);
  });

  it('builds', () => {
    expect(build?.status, `${build?.stdout}\n${build?.stderr}`.slice(-3000)).toBe(0);
  });

  it('has its own page in every language, with its title, time and source', () => {
    const en = page(`en/events/${ID}`);
    expect(en).toContain(TITLE);
    expect(en).toContain('12:10');
    expect(en).toContain('Fixture Publisher');
    expect(en).toContain('The account of the synthetic entry.');
    for (const lang of ['kk', 'ru']) expect(page(`${lang}/events/${ID}`)).toContain(TITLE);
  });

  it('is listed on its day and its new source has a page', () => {
    expect(page('en/days/2022-01-05')).toContain(`/en/events/${ID}/`);
    expect(existsSync(join(tmp, 'dist/en/sources', SOURCE, 'index.html'))).toBe(true);
    expect(page(`en/sources/${SOURCE}`)).toContain(`/en/events/${ID}/`);
  });

  it('is in the search index and the downloadable copy, which the bare astro build wrote too', () => {
    const dist = join(tmp, 'dist');
    expect(build?.stdout).toContain('search index and offline copy done in');
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'kk', 'ru']);
    expect(readFileSync(join(dist, 'download/SHA256SUMS'), 'utf8')).toContain('download/qantar-chronicle.zip');
  });
});
