/**
 * A rebuild after one entry changed, as a contributor's pull request gets it: `npm run build` twice
 * on a small throw-away site with the first build's cache in place. Astro copies from the first
 * build the pages whose key (src/lib/page-keys.ts) and code are unchanged, and renders again every
 * page that shows the changed entry: its own, the entry that links it, the source that lists it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const root = join(import.meta.dirname, '../..');
const FIRST = '2022-01-04-fixture-first';
const LINKED = '2022-01-05-fixture-linked';
const APART = '2022-01-06-fixture-apart';
const MDX = '2022-01-07-fixture-mdx';
let tmp: string;
let content: string;
const builds: { status: number | null; output: string; pages: Map<string, string> }[] = [];

const entry = (title: string, start: string, source: string, extra = '', place = 'almaty') =>
  `---\ntitle: ${title}\nsummary: A fixture entry for the rebuild test.\nlang: en\ntype: protest\nstart: ${start}\ntimePrecision: day\nplace: ${place}\nsources:\n  - id: ${source}\nverification: reported\n${extra}---\nText of the fixture entry.\n`;

/** The pages the test reads, as each build wrote them. */
const PAGES = [
  `en/events/${FIRST}/index.html`,
  `en/events/${LINKED}/index.html`,
  `kk/events/${LINKED}/index.html`,
  `ru/events/${LINKED}/index.html`,
  `en/events/${APART}/index.html`,
  `en/sources/fixture-a/index.html`,
  `en/sources/fixture-b/index.html`,
  'en/days/2022-01-05/index.html',
  'en/types/protest/index.html',
  'en/places/almaty/index.html',
];

function build(env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', join(tmp, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, QANTAR_CONTENT: content, QANTAR_CACHE_DIR: join(tmp, 'cache'), BASE_PATH: '/', ...env },
    timeout: 200_000,
  });
  const pages = new Map(
    r.status === 0 ? PAGES.map((p) => [p, readFileSync(join(tmp, 'dist', p), 'utf8')] as const) : [],
  );
  builds.push({ status: r.status, output: stripVTControlCharacters(`${r.stdout}${r.stderr}`), pages });
}

/** The pages Astro copied from the previous build instead of rendering them. */
const reused = (output: string) =>
  [...output.matchAll(/[├└]─ (\S+)\s*\((?:cached|restored)\)/g)].map((m) => m[1]!.replace(/^\//, '')).sort();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-rebuild-'));
  content = join(tmp, 'content');
  cpSync(join(root, 'content/places.yaml'), join(content, 'places.yaml'));
  mkdirSync(join(content, 'sources'), { recursive: true });
  for (const id of ['fixture-a', 'fixture-b'])
    writeFileSync(
      join(content, 'sources', `${id}.md`),
      `---\ntitle: Source ${id}\npublisher: Fixture publisher\npublished: 2022-01-04\nkind: media\nurl: https://fixture.example/${id}\nlang: en\n---\n`,
    );
  const write = (id: string, file: string, text: string) => {
    mkdirSync(join(content, 'events', id), { recursive: true });
    writeFileSync(join(content, 'events', id, file), text);
  };
  write(FIRST, 'index.md', entry('First fixture entry', '2022-01-04', 'fixture-a', `related: [${LINKED}]\n`));
  write(LINKED, 'index.md', entry('Linked fixture entry', '2022-01-05', 'fixture-a'));
  write(
    LINKED,
    'ru.md',
    '---\ntitle: Связанная запись\nsummary: Запись для проверки пересборки.\ntranslatedFrom: en\nreviewed: false\n---\nТекст записи.\n',
  );
  write(APART, 'index.md', entry('Fixture entry apart', '2022-01-06', 'fixture-b', '', 'zhanaozen'));
  write(MDX, 'index.mdx', entry('Fixture entry in MDX', '2022-01-07', 'fixture-b'));
  build();
  const file = join(content, 'events', LINKED, 'index.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('title: Linked fixture entry', 'title: Corrected fixture entry'),
  );
  build();
  // nothing changed, but the record is switched off (as above 30,000 entries, src/incremental.ts)
  build({ QANTAR_INCREMENTAL: 'off' });
}, 420_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a rebuild after one entry changed', () => {
  it('builds both times', () => {
    expect(builds.map((b) => b.status)).toEqual([0, 0, 0]);
    // the first build's output, set aside before the second started, is gone
    expect(readdirSync(tmp).sort()).toEqual(['cache', 'content', 'dist']);
    // the first build has no previous one to copy from
    expect(reused(builds[0]!.output)).toEqual([]);
  });

  it('copies the pages that show nothing of the changed entry, and only those', () => {
    // the entry apart, the source it cites, its town and region, and the days of the entries
    // that did not change
    expect(reused(builds[1]!.output)).toEqual(
      ['en', 'kk', 'ru']
        .flatMap((l) => [
          `${l}/days/2022-01-04/index.html`,
          `${l}/days/2022-01-06/index.html`,
          `${l}/days/2022-01-07/index.html`,
          `${l}/events/${APART}/index.html`,
          `${l}/places/mangystau-region/index.html`,
          `${l}/places/zhanaozen/index.html`,
          `${l}/sources/fixture-b/index.html`,
        ])
        .sort(),
    );
    const page = `en/events/${APART}/index.html`;
    expect(builds[1]!.pages.get(page)).toBe(builds[0]!.pages.get(page));
  });

  it('renders the changed entry again, and the entry, source, day and type that show its title', () => {
    const [before, after] = [builds[0]!.pages, builds[1]!.pages];
    for (const page of [`en/events/${LINKED}/index.html`, `kk/events/${LINKED}/index.html`]) {
      expect(before.get(page)).toContain('Linked fixture entry');
      expect(after.get(page)).toContain('Corrected fixture entry');
      expect(after.get(page)).not.toContain('Linked fixture entry');
    }
    // the Russian page shows its own translation, which did not change
    expect(after.get(`ru/events/${LINKED}/index.html`)).toContain('Связанная запись');
    for (const page of [
      `en/events/${FIRST}/index.html`,
      'en/sources/fixture-a/index.html',
      'en/days/2022-01-05/index.html',
      'en/types/protest/index.html',
      'en/places/almaty/index.html',
    ]) {
      expect(before.get(page)).toContain('Linked fixture entry');
      expect(after.get(page)).toContain('Corrected fixture entry');
    }
  });

  it('renders every page when the record is switched off, the same pages as the rebuild copied', () => {
    expect(reused(builds[2]!.output)).toEqual([]);
    expect(builds[2]!.output).toContain(`─ /en/events/${APART}/index.html`);
    expect([...builds[2]!.pages]).toEqual([...builds[1]!.pages]);
  });

  it('renders an entry written in MDX every time, though it did not change', () => {
    const page = `en/events/${MDX}/index.html`;
    expect(builds[1]!.output).toContain(`─ /${page}`);
    expect(reused(builds[1]!.output)).not.toContain(page);
  });
});
