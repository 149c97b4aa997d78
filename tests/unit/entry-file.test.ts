/**
 * The front-matter writer of `npm run new`, `npm run import` and the proposal form: whatever a
 * contributor types comes back from the YAML reader exactly as typed, and dates stay text.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventMarkdown, frontMatter } from '../../src/lib/content/entry-file.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';

const tricky = [
  'Crowd on the square',
  'Тоқаев: «бандиттер» # not a comment',
  'yes',
  'No',
  'null',
  '~',
  '42',
  '1 500',
  '2022-01-05',
  '2022-01',
  '"quoted"',
  "it's",
  '- a dash first',
  '[not a list]',
  '{not: a map}',
  'trailing space ',
  ' leading space',
  'a: b',
  '&anchor',
  '*alias',
  '!tag',
  '%directive',
  '@at',
  '`tick`',
  'line\nbreak',
  'tab\there',
  'ends with colon:',
  '?question',
];

describe('front matter as written', () => {
  it('reads back every tricky text exactly', () => {
    for (const text of tricky)
      expect(parse(frontMatter({ title: text })), JSON.stringify(text)).toEqual({ title: text });
  });

  it('reads back an entry with records, lists, ranges and a body', () => {
    const data = {
      title: 'Ақтаудағы түнгі жиын',
      lang: 'kk',
      start: '2022-01-05T16:37',
      end: '2022-01-06',
      actors: ['police', 'army'],
      location: { lat: 43.2, lon: 51.1, precision: 'approximate' },
      figures: [
        {
          measure: 'killed',
          count: { min: 1, max: 2 },
          group: 'people',
          source: 'a-1',
          scope: 'incident',
          asOf: '2022-01-09',
          withdrawn: false,
        },
        {
          measure: 'detained',
          count: 3811,
          source: 'a-1',
          scope: 'cumulative',
          statedBy: { kk: 'ІІМ', ru: 'МВД', en: 'Interior Ministry' },
        },
      ],
      sources: [{ id: 'a-1', locator: 'para. 3: "quote"' }, { id: 'b-2' }],
      draft: true,
    };
    const md = eventMarkdown(data, 'The account.');
    expect(md).toContain('start: "2022-01-05T16:37"');
    expect(md).toContain('count: {min: 1, max: 2}');
    expect(md).toContain('actors: [police, army]');
    const back = parseMarkdownFile(md) as { data: unknown; body: string };
    expect(back.data).toEqual(data);
    expect(back.body).toBe('The account.\n');
  });
});
