/**
 * MDX from content never runs. One hostile fixture per way MDX can carry code: each is rejected by
 * `npm run validate` with `path:line: rule`, refused by the MDX compiler as the build runs it, and
 * a canary shows that no code from it ran — while the same file compiled without our guard does run
 * (so the canary can see code run at all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, mdxToJs } from 'satteri';
import { loadContent } from '../../src/lib/content/load.ts';
import { rejectMdxCode } from '../../src/markdown/reject-mdx-code.ts';
import {
  ZHANAOZEN_PLACES_YAML,
  fixtureSource,
  recordingRuntime as runtime,
  canary,
  resetCanary,
} from '../support/fixture-content.ts';

const dir = join(import.meta.dirname, '../fixtures/stories-hostile');
const EXPECTED: Record<string, [rule: string, line: number]> = {
  'import.mdx': ['no-mdx-import', 1],
  'export.mdx': ['no-mdx-import', 3],
  'expression-text.mdx': ['no-mdx-expression', 1],
  'expression-prop.mdx': ['no-expression-attribute', 1],
  'spread.mdx': ['no-spread-attribute', 1],
  'script.mdx': ['unknown-component', 3],
  'unknown-component.mdx': ['unknown-component', 3],
  'javascript-url-prop.mdx': ['no-script-url', 3],
};

const FRONT = `---
title: A fixture story
summary: Steps through one entry.
lang: en
period: { from: 2022-01-02, to: 2022-01-02 }
published: 2026-11-30
places: [zhanaozen]
authors: [The alliance]
events: [2022-01-02-fixture]
reviewed: false
---
`;
const FRONT_LINES = FRONT.split('\n').length - 1;
const EVENT = `---
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
---
Protesters gathered.
`;

let root: string;
function project(story: string): string {
  const r = mkdtempSync(join(root, 'p-'));
  for (const d of ['content/sources', 'content/events/2022-01-02-fixture', 'content/stories/s'])
    mkdirSync(join(r, d), { recursive: true });
  writeFileSync(join(r, 'content/places.yaml'), ZHANAOZEN_PLACES_YAML);
  writeFileSync(join(r, 'content/sources/src-a.md'), fixtureSource('src-a'));
  writeFileSync(join(r, 'content/events/2022-01-02-fixture/index.md'), EVENT);
  writeFileSync(join(r, 'content/stories/s/index.mdx'), story);
  return r;
}
const fileURL = new URL('file:///site/content/stories/s/index.mdx');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'qantar-stories-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  resetCanary();
});

describe('hostile story MDX', () => {
  it('covers every fixture file', () => expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort()));

  it('a clean story passes, and an unsourced paragraph, an unknown entry and an empty filter do not', () => {
    expect(
      loadContent(project(`${FRONT}<Step event="2022-01-02-fixture">Protesters gathered.</Step>\n`)).problems,
    ).toEqual([]);
    const { problems } = loadContent(
      project(
        `${FRONT}<Step event="2022-01-02-fixture">Protesters gathered.</Step>\n\nA fact of the story's own.\n\n<EventCard event="2022-01-09-nothing" />\n\n<Step filter="type=trial">None.</Step>\n`,
      ),
    );
    expect(problems.map((p) => `${p.line}: ${p.field}`)).toEqual([
      `${FRONT_LINES + 3}: body (unsourced-paragraph)`,
      `${FRONT_LINES + 5}: body (unknown-event)`,
      `${FRONT_LINES + 7}: body (empty-filter)`,
    ]);
  });

  for (const [file, [rule, line]] of Object.entries(EXPECTED)) {
    const body = readFileSync(join(dir, file), 'utf8');
    it(`${file}: validate rejects it at its line (${rule})`, () => {
      const { problems } = loadContent(project(FRONT + body));
      expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toContain(
        `content/stories/s/index.mdx:${FRONT_LINES + line}: body (${rule})`,
      );
    });
    it(`${file}: the MDX compiler refuses it and no code ran`, async () => {
      expect(() => mdxToJs(FRONT + body, { fileURL, mdastPlugins: [rejectMdxCode()] })).toThrow(
        new RegExp(`index\\.mdx:${line + FRONT_LINES}: ${rule}`),
      );
      await expect(async () =>
        evaluate(body, { ...runtime, fileURL, mdastPlugins: [rejectMdxCode()] } as never),
      ).rejects.toThrow(rule);
      expect(canary()).toBeUndefined();
    });
  }

  it('the canary does see code run when the guard is left out', async () => {
    await evaluate(readFileSync(join(dir, 'export.mdx'), 'utf8'), { ...runtime } as never);
    expect(canary()).toBe('ran');
  });
});
