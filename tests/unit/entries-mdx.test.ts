/**
 * Event entries in MDX: a clean one with a quote, a link and a photo passes; one hostile fixture per
 * way MDX can carry code or point outside the entry, each rejected by `npm run validate` (its
 * exported main, in-process) with `path:line: rule`, and refused by the MDX compiler as the build
 * runs it, with a canary that shows no code ran. An entry has one text per language, Markdown or
 * MDX, and a `.md` entry stays plain Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, mdxToJs } from 'satteri';
import { main as validateMain } from '../../scripts/validate.ts';
import { rejectMdxCode } from '../../src/markdown/reject-mdx-code.ts';
import { mdxToMarkdown } from '../../src/lib/content/mdx-text.ts';
import { runMain } from '../support/command.ts';
import {
  ZHANAOZEN_PLACES_YAML,
  fixtureSource,
  recordingRuntime as runtime,
  canary,
  resetCanary,
} from '../support/fixture-content.ts';

const dir = join(import.meta.dirname, '../fixtures/entries-hostile');
const EXPECTED: Record<string, [rule: string, line: number]> = {
  'import.mdx': ['no-mdx-import', 1],
  'export.mdx': ['no-mdx-import', 3],
  'expression-text.mdx': ['no-mdx-expression', 1],
  'expression-prop.mdx': ['no-expression-attribute', 1],
  'spread.mdx': ['no-spread-attribute', 1],
  'script.mdx': ['unknown-component', 3],
  'unknown-component.mdx': ['unknown-component', 3],
  'javascript-url-prop.mdx': ['no-script-url', 3],
  'quote-uncited-source.mdx': ['uncited-source', 3],
  'ref-missing-event.mdx': ['unknown-event', 1],
  'figure-other-media.mdx': ['unknown-media', 3],
};

const ID = '2022-01-02-fixture';
const PHOTO = Buffer.from('not really a png, but its sha256 is what the record names');
const FRONT = `---
title: Fixture
summary: A fixture entry.
lang: en
type: protest
start: 2022-01-02
timePrecision: day
place: zhanaozen
sources:
  - id: src-a
verification: reported
media:
  - file: photo.png
    sha256: "${createHash('sha256').update(PHOTO).digest('hex')}"
    alt: The square
    caption: Protesters on the square.
---
`;
const FRONT_LINES = FRONT.split('\n').length - 1;
const OTHER = `---
title: Other
summary: The day before.
lang: en
type: protest
start: 2022-01-01
timePrecision: day
place: zhanaozen
sources:
  - id: src-b
verification: reported
---
People met.
`;
const CLEAN = `In the words of the source:

<Quote source="src-a" locator="p. 2">
Protesters gathered on the square.
</Quote>

It followed <Ref to="2022-01-01-other">the meeting of the day before</Ref> and <Ref to="2022-01-01-other" />.

<Figure media="photo.png" />
`;

let root: string;
/** A small project: two entries, two sources; `files` are written into the fixture entry's folder. */
function project(files: Record<string, string>): string {
  const r = mkdtempSync(join(root, 'p-'));
  for (const d of ['content/sources', `content/events/${ID}`, 'content/events/2022-01-01-other'])
    mkdirSync(join(r, d), { recursive: true });
  writeFileSync(join(r, 'content/places.yaml'), ZHANAOZEN_PLACES_YAML);
  for (const id of ['src-a', 'src-b']) writeFileSync(join(r, `content/sources/${id}.md`), fixtureSource(id));
  writeFileSync(join(r, 'content/events/2022-01-01-other/index.md'), OTHER);
  writeFileSync(join(r, `content/events/${ID}/photo.png`), PHOTO);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(r, `content/events/${ID}`, name), text);
  return r;
}
const validate = async (r: string, lang = 'en') =>
  runMain(validateMain, ['--root', r, '--lang', lang], { env: { LANG: 'C.UTF-8' } });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'qantar-entries-mdx-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  resetCanary();
});

describe('event entries in MDX', () => {
  it('covers every fixture file', () => expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort()));

  it('a clean MDX entry and an MDX translation pass validate and compile', async () => {
    const r = project({
      'index.mdx': FRONT + CLEAN,
      'ru.mdx': `---\ntitle: Фикстура\nsummary: Запись.\ntranslatedFrom: en\nreviewed: false\n---\nКак <Ref to="2022-01-01-other">накануне</Ref>:\n\n<Quote source="src-a">Protesters gathered on the square.</Quote>\n`,
    });
    const out = await validate(r);
    expect(out.stdout).toContain('✓ content is valid: 2 events, 1 translations');
    expect(out.status).toBe(0);
    const fileURL = pathToFileURL(join(r, `content/events/${ID}/index.mdx`));
    expect(() => mdxToJs(FRONT + CLEAN, { fileURL, mdastPlugins: [rejectMdxCode()] })).not.toThrow();
  });

  for (const [file, [rule, line]] of Object.entries(EXPECTED)) {
    const body = readFileSync(join(dir, file), 'utf8');
    it(`${file}: validate rejects it at its line (${rule})`, async () => {
      const out = await validate(project({ 'index.mdx': FRONT + body }));
      expect(out.stdout).toContain(`content/events/${ID}/index.mdx:${FRONT_LINES + line}: body (${rule}): `);
      expect(out.status).toBe(1);
    });
    it(`${file}: the MDX compiler refuses it and no code ran`, async () => {
      const r = project({ 'index.mdx': FRONT + body });
      const fileURL = pathToFileURL(join(r, `content/events/${ID}/index.mdx`));
      expect(() => mdxToJs(FRONT + body, { fileURL, mdastPlugins: [rejectMdxCode()] })).toThrow(
        new RegExp(`index\\.mdx:${line + FRONT_LINES}: ${rule}`),
      );
      await expect(async () =>
        evaluate(body, { ...runtime, fileURL, mdastPlugins: [rejectMdxCode()] } as never),
      ).rejects.toThrow(rule);
      expect(canary()).toBeUndefined();
    });
  }

  it('a translation in MDX is held to the same rules, against its entry', async () => {
    const r = project({
      'index.md': `${FRONT}Protesters gathered.\n`,
      'kk.mdx': `---\ntitle: Фикстура\nsummary: Жазба.\ntranslatedFrom: en\nreviewed: false\n---\nМәтін.\n\n<Quote source="src-b">Words.</Quote>\n`,
    });
    const out = await validate(r, 'ru');
    expect(out.stdout).toContain(
      `content/events/${ID}/kk.mdx:9: body (uncited-source): <Quote source="src-b">: запись не ссылается`,
    );
  });

  it('refuses a Markdown and an MDX text of the same language side by side, naming both and the fix', async () => {
    const r = project({ 'index.md': `${FRONT}Text.\n`, 'index.mdx': `${FRONT}Text.\n`, 'en.md': '', 'en.mdx': '' });
    const out = await validate(r);
    expect(out.stdout).toContain(
      `content/events/${ID}/index.mdx:1: (file): both content/events/${ID}/index.md and content/events/${ID}/index.mdx: an entry's text is one file, Markdown or MDX; keep one of them and delete the other`,
    );
    expect(out.stdout).toMatch(/en\.mdx:1: \(file\): both .*en\.md and .*en\.mdx/);
  });

  it('a .md entry stays plain Markdown: a component in it is raw HTML', async () => {
    const out = await validate(project({ 'index.md': FRONT + CLEAN }));
    expect(out.stdout).toContain(`content/events/${ID}/index.md:${FRONT_LINES + 3}: body (no-raw-html)`);
    expect(out.status).toBe(1);
  });

  it('an MDX file that is not an entry text is still refused', async () => {
    const out = await validate(project({ 'index.md': `${FRONT}Text.\n`, 'extra.mdx': 'Text.\n' }));
    expect(out.stdout).toContain(`content/events/${ID}/extra.mdx:1: (file): MDX is code`);
  });

  it('publishes an MDX body as the Markdown it reads as', () => {
    expect(mdxToMarkdown(CLEAN, (id) => (id === '2022-01-01-other' ? 'Other' : undefined))).toBe(
      'In the words of the source:\n\n> Protesters gathered on the square.\n\nIt followed the meeting of the day before and Other.',
    );
    expect(mdxToMarkdown('Ақ <Ref to="x">сөз <em>бар</em></Ref>, <Quote source="s">дәл</Quote>.')).toBe(
      'Ақ сөз <em>бар</em>, “дәл”.',
    );
  });

  it('the canary does see code run when the guard is left out', async () => {
    await evaluate(readFileSync(join(dir, 'export.mdx'), 'utf8'), { ...runtime } as never);
    expect(canary()).toBe('ran');
    resetCanary();
  });
});
