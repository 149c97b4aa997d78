/**
 * One hostile fixture per attack: each is rejected by validation with a message naming the rule,
 * and the Markdown pipeline (Sätteri with raw HTML off and the no-raw-html plugin, as configured in
 * astro.config.mjs) would neutralize it anyway if a check were missed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../src/schema/messages.ts';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { satteriNoRawHtml } from '../../src/markdown/no-raw-html.mjs';
import { loadContent } from '../../src/lib/content/load.ts';
import { ZHANAOZEN_PLACES_YAML, fixtureSource } from '../support/fixture-content.ts';

const dir = join(import.meta.dirname, '../fixtures/hostile');
const EXPECTED: Record<string, string> = {
  'script-tag.md': 'no-script',
  'event-handler.md': 'no-event-handler',
  'javascript-link.md': 'no-script-url',
  'javascript-link-obfuscated.md': 'no-script-url',
  'data-url.md': 'no-script-url',
  'vbscript-url.md': 'no-script-url',
  'iframe.md': 'no-iframe',
  'object-embed.md': 'no-iframe',
  'tracking-pixel.md': 'no-remote-image',
  'protocol-relative-pixel.md': 'no-remote-image',
  'raw-html-style.md': 'no-raw-html',
  'svg-script-inline.md': 'no-script',
  'mdx-import.md': 'no-mdx-code',
  'mdx-export.md': 'no-mdx-code',
  'mdx-expression.md': 'no-mdx-expression',
  'form-phishing.md': 'no-raw-html',
};

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
---
`;

let root: string;
function project(files: Record<string, string>): string {
  const r = mkdtempSync(join(root, 'p-'));
  mkdirSync(join(r, 'content/sources'), { recursive: true });
  writeFileSync(join(r, 'content/places.yaml'), ZHANAOZEN_PLACES_YAML);
  writeFileSync(join(r, 'content/sources/src-a.md'), fixtureSource('src-a'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(r, 'content', path, '..'), { recursive: true });
    writeFileSync(join(r, 'content', path), text);
  }
  return r;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'qantar-hostile-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('hostile fixtures', () => {
  it('covers every fixture file', () => expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort()));

  it('a clean fixture entry passes (so the rejections below are caused by the attack)', () => {
    expect(
      loadContent(
        project({
          'events/2022-01-02-fixture/index.md': `${FRONT}Protesters gathered at the akimat. See [HRW](https://www.hrw.org/).\n`,
        }),
      ).problems,
    ).toEqual([]);
  });

  for (const [file, rule] of Object.entries(EXPECTED)) {
    const body = readFileSync(join(dir, file), 'utf8');
    it(`${file}: validation rejects it (${rule})`, () => {
      const { problems } = loadContent(project({ 'events/2022-01-02-fixture/index.md': FRONT + body }));
      expect(problems.map((p) => `${p.field}: ${write(p.message)}`)).toEqual(
        expect.arrayContaining([expect.stringContaining(`body (${rule})`)]),
      );
      expect(problems.every((p) => p.line > 1 && p.file === 'content/events/2022-01-02-fixture/index.md')).toBe(true);
    });
    it(`${file}: the renderer neutralizes it`, async () => {
      const { html } = markdownToHtml(body, { features: { rawHtml: false }, hastPlugins: [satteriNoRawHtml()] });
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<input|<svg/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/(?:href|src)\s*=\s*"\s*(?:javascript|vbscript|data):/i);
      expect(html).not.toMatch(/src="(?:https?:)?\/\//i);
      expect(html).not.toMatch(/style=/i);
    });
  }

  it('the renderer keeps what Markdown itself makes, minus form controls, inline styles and remote images', () => {
    const md =
      '- [x] done\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n![own](photo.jpg) ![pixel](https://t.example/p.gif) [ok](https://hrw.org/) [rel](../x/)\n';
    const { html } = markdownToHtml(md, { features: { rawHtml: false }, hastPlugins: [satteriNoRawHtml()] });
    expect(html).not.toMatch(/<input|style=|t\.example/);
    expect(html).toContain('<img src="photo.jpg" alt="own">');
    expect(html).toContain('<a href="https://hrw.org/">ok</a>');
    expect(html).toContain('<a href="../x/">rel</a>');
    expect(html).toMatch(/<th>a<\/th>/);
  });

  it('rejects an SVG file and an MDX file in an entry folder', () => {
    const { problems } = loadContent(
      project({
        'events/2022-01-02-fixture/index.md': `${FRONT}Text.\n`,
        'events/2022-01-02-fixture/map.svg': '<svg onload="alert(1)"/>',
        'events/2022-01-02-fixture/extra.mdx': 'export default 1',
      }),
    );
    const text = problems.map((p) => `${p.file}: ${write(p.message)}`).join('\n');
    expect(text).toMatch(/map\.svg: SVG files can carry scripts/);
    expect(text).toMatch(/extra\.mdx: MDX is code/);
  });

  it('rejects a media file whose sha256 does not match, and an unlisted one', () => {
    const media = `media:\n  - file: photo.jpg\n    sha256: "${'0'.repeat(64)}"\n    alt: The square\n`;
    const { problems } = loadContent(
      project({
        'events/2022-01-02-fixture/index.md':
          FRONT.replace('verification: reported\n', `verification: reported\n${media}`) + 'Text.\n',
        'events/2022-01-02-fixture/photo.jpg': 'not really a photo',
        'events/2022-01-02-fixture/other.png': 'unlisted',
      }),
    );
    const text = problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${write(p.message)}`).join('\n');
    expect(text).toMatch(/index\.md:\d+: media\.0\.sha256: does not match photo\.jpg/);
    expect(text).toMatch(/other\.png:1: \(file\): a media file not listed/);
  });

  it('rejects HTML in a summary and a testimony that names its witness', () => {
    const { problems } = loadContent(
      project({
        'events/2022-01-02-fixture/index.md':
          FRONT.replace('summary: A fixture entry.', 'summary: Hello <img src=x onerror=alert(1)>') + 'Text.\n',
        'sources/witness.md':
          '---\ntitle: Account\npublisher: Alliance\npublished: 2022-01-10\nkind: testimony\nauthor: Jane Doe\nurl: https://x.example/\ncode: T-2022-001\ndescription: Detainee account\nlang: ru\n---\n',
      }),
    );
    const text = problems.map((p) => `${p.file}: ${p.field}: ${write(p.message)}`).join('\n');
    expect(text).toMatch(/index\.md: summary: plain text only/);
    expect(text).toMatch(/witness\.md: author: a testimony never names its author/);
    expect(text).toMatch(/witness\.md: url: a testimony has no public URL/);
  });
});
