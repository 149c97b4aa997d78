/**
 * The proposal form's logic (src/lib/content/proposal.ts), which the browser runs: each problem
 * lands on the field a person can change, in the page's language; a valid entry becomes a file
 * that the validator accepts, and a GitHub link that carries exactly that file.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { githubNewFileUrl, propose, type FormValues } from '../../src/lib/content/proposal.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { eventSchema } from '../../src/schema/event.ts';
import { CATALOGUES } from '../../src/lib/content/messages.ts';

const content = loadContent(join(import.meta.dirname, '../fixtures/import'));
const ctx = { places: content.places.places, sources: content.sources };

const valid: FormValues = {
  lang: 'en',
  title: 'Crowd on the square',
  summary: 'A crowd gathered, one source says.',
  date: '2022-01-05',
  time: '16:37',
  endDate: '',
  endTime: '',
  precision: '',
  place: 'almaty',
  type: 'protest',
  actors: ['protesters'],
  rights: [],
  sources: [{ id: 'fixture-news-2022-01-03', locator: 'para. 3' }],
  figures: [
    {
      measure: 'detained',
      count: '10-12',
      qualifier: '',
      group: 'people',
      source: 'fixture-news-2022-01-03',
      scope: 'incident',
      asOf: '',
      statedBy: 'state',
      statedByName: { kk: 'Ішкі істер министрлігі', ru: 'Министерство внутренних дел', en: 'Interior Ministry' },
    },
  ],
  verification: 'reported',
  body: 'What the source says.',
  slug: '',
};
const fields = (v: Partial<FormValues>, lang: 'en' | 'ru' | 'kk' = 'en') =>
  Object.fromEntries(propose({ ...valid, ...v }, ctx, CATALOGUES[lang]).errors.map((e) => [e.field, e.message]));

describe('the proposal form', () => {
  it('turns a valid form into a file the validator accepts', () => {
    const p = propose(valid, ctx, CATALOGUES.en);
    expect(p.errors).toEqual([]);
    expect(p.id).toBe('2022-01-05-crowd-on-the-square');
    expect(p.path).toBe('content/events/2022-01-05-crowd-on-the-square/index.md');
    const parsed = parseMarkdownFile(p.markdown) as { data: unknown; body: string };
    const r = eventSchema.safeParse(parsed.data);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      start: '2022-01-05T16:37',
      timePrecision: 'minute',
      figures: [{ count: { min: 10, max: 12 } }],
      sources: [{ locator: 'para. 3' }],
    });
    expect(parsed.body.trim()).toBe('What the source says.');
  });

  it('puts each problem beside its field', () => {
    expect(fields({ title: 'A <b>bold</b> title' })).toEqual({ title: 'plain text only: remove < and > (no HTML)' });
    expect(fields({ endDate: '2022-01-04' })).toEqual({ endDate: 'end 2022-01-04 is before start 2022-01-05T16:37' });
    expect(fields({ time: '', date: '2022-02-30' })).toEqual({ date: '"2022-02-30" is not a day that exists' });
    expect(fields({ figures: [{ ...valid.figures[0]!, count: 'many' }] })).toEqual({
      'figure-0-count': 'expected number, found "many"',
    });
    // a news report relays a number: who stated it must be said
    expect(fields({ figures: [{ ...valid.figures[0]!, statedBy: '' }] })['figure-0-statedBy']).toMatch(
      /is media and only relays this number: say who stated it/,
    );
    expect(
      fields({ figures: [{ ...valid.figures[0]!, source: 'fixture-ngo-2022-01-06' }] })['figure-0-source'],
    ).toMatch(/is not among this entry's sources/);
    expect(fields({ sources: [{ id: '', locator: '' }] })).toEqual({
      sources: 'at least one source is required',
      'figure-0-source': expect.any(String),
    });
    expect(fields({ verification: 'corroborated' })).toEqual({
      verification: 'corroborated needs sources from two or more publishers, found 1 (use reported)',
    });
    expect(fields({ body: 'Text <script>alert(1)</script>' })).toEqual({
      body: 'a <script> is not allowed in an entry: remove it (1)',
    });
    expect(fields({ slug: 'Жаңа сөздер' })).toEqual({});
    // an empty row is skipped; the problem of the next row still lands on that row
    expect(
      fields({
        sources: [
          { id: '', locator: '' },
          { id: 'fixture-unknown', locator: '' },
        ],
        figures: [],
      }),
    ).toEqual({
      'source-1': 'unknown source "fixture-unknown" (add content/sources/fixture-unknown.md)',
    });
    expect(fields({ figures: [{ ...valid.figures[0]!, source: '' }] })).toEqual({
      'figure-0-source': 'must not be empty',
    });
    expect(fields({ figures: [{ ...valid.figures[0]!, count: ' ' }] })).toEqual({
      'figure-0-count': 'must not be empty',
    });
    // "more than" goes with one number, not a range
    expect(fields({ figures: [{ ...valid.figures[0]!, qualifier: 'more-than' }] })).toEqual({
      'figure-0-qualifier':
        'a qualifier (more-than, at-least, about) goes with one number: remove it, or write the count as a number',
    });
  });

  it('keeps how the source qualified a number', () => {
    const p = propose(
      { ...valid, figures: [{ ...valid.figures[0]!, count: '2000', qualifier: 'more-than' }] },
      ctx,
      CATALOGUES.en,
    );
    expect(p.errors).toEqual([]);
    const r = eventSchema.safeParse((parseMarkdownFile(p.markdown) as { data: unknown }).data);
    expect(r.data?.figures[0]).toMatchObject({ count: 2000, qualifier: 'more-than' });
  });

  it('says plainly that a required field is empty, and leaves the id alone until the date is right', () => {
    expect(fields({ title: '', date: '', place: '', type: '' })).toEqual({
      title: 'must not be empty',
      date: 'must not be empty',
      place: 'must not be empty',
      type: 'must not be empty',
    });
  });

  it('speaks the page language', () => {
    expect(fields({ title: '' }, 'ru')).toEqual({ title: 'не может быть пустым' });
    expect(fields({ endDate: '2022-01-04' }, 'kk')).toEqual({
      endDate: 'аяқталуы (2022-01-04) басталуынан (2022-01-05T16:37) ерте',
    });
  });

  it('builds the link to GitHub’s new-file editor with the path and the exact text', () => {
    const text = '---\ntitle: "Ақтау: #1 & more"\n---\nBody + text\n';
    const url = new URL(githubNewFileUrl('https://github.com/org/repo/', 'main', 'content/events/x/index.md', text));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/repo/new/main');
    expect(url.searchParams.get('filename')).toBe('content/events/x/index.md');
    expect(url.searchParams.get('value')).toBe(text);
  });
});
