/** How a citation and a source's page show its archived copies, from synthetic source records. */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import SourceCitation from '../../src/components/SourceCitation.astro';
import ArchiveLinks from '../../src/components/ArchiveLinks.astro';
import { sourceSchema } from '../../src/schema/source.ts';
import { formatDay } from '../../src/lib/dates.ts';

const URL_ = 'https://news.fixture.example/2022/01/05/report';
const COPY = `https://web.archive.org/web/20220106101500/${URL_}`;
const base = {
  title: 'Fixture report',
  publisher: 'Fixture News',
  published: '2022-01-05',
  kind: 'media',
  url: URL_,
  lang: 'en',
};
const source = (extra: Record<string, unknown>) => ({ id: 'fixture', data: sourceSchema.parse({ ...base, ...extra }) });

async function citation(extra: Record<string, unknown>, lang = 'en') {
  const container = await AstroContainer.create();
  return parse(await container.renderToString(SourceCitation, { props: { source: source(extra), lang } }));
}

describe('a source in a citation', () => {
  it('with a recorded copy: the original link and "archived copy" with its capture day', async () => {
    const html = await citation({ archived: [{ url: COPY, at: '2022-01-06T10:15:00Z' }] });
    expect(html.querySelector(`a[href="${URL_}"]`)).not.toBeNull();
    const copy = html.querySelector('a.archive-copy')!;
    expect(copy.getAttribute('href')).toBe(COPY);
    expect(copy.text).toBe(`archived copy (${formatDay('2022-01-06', 'en')})`);
    expect(html.querySelector('a.archive-lookup')).toBeNull();
  });

  it('gone from its address: the address is no longer a link, the copy is', async () => {
    const html = await citation({ availability: 'removed', archived: [{ url: COPY, at: '2022-01-06T10:15:00Z' }] });
    expect(html.querySelector(`a[href="${URL_}"]`)).toBeNull();
    expect(html.text).toContain('no longer online');
    expect(html.querySelector('a.archive-copy')!.getAttribute('href')).toBe(COPY);
  });

  it('without a recorded copy: a labelled search of the archive, never called a copy', async () => {
    for (const [lang, label] of [
      ['en', 'look for archived copies'],
      ['ru', 'искать архивные копии'],
      ['kk', 'мұрағаттағы көшірмелерді іздеу'],
    ] as const) {
      const html = await citation({}, lang);
      const lookup = html.querySelector('a.archive-lookup')!;
      expect(lookup.getAttribute('href')).toBe(`https://web.archive.org/web/*/${URL_}`);
      expect(lookup.text).toBe(label);
      expect(html.querySelector('a.archive-copy')).toBeNull();
    }
    expect((await citation({})).text).toMatch(/no copy has been recorded and checked yet/);
  });

  it('a testimony has neither', async () => {
    const html = await citation({
      kind: 'testimony',
      url: undefined,
      availability: 'withheld',
      code: 'T-2022-001',
      description: 'A testimony.',
    });
    expect(html.querySelector('.archive-lookup, .archive-copy')).toBeNull();
  });

  it('lists several copies newest first', async () => {
    const container = await AstroContainer.create();
    const older = `https://web.archive.org/web/20220106101500/${URL_}`;
    const newer = `https://web.archive.org/web/20240101000000/${URL_}`;
    const data = source({
      archived: [
        { url: older, at: '2022-01-06T10:15:00Z' },
        { url: newer, at: '2024-01-01T00:00:00Z' },
      ],
    }).data;
    const html = parse(await container.renderToString(ArchiveLinks, { props: { source: data, lang: 'ru' } }));
    expect(html.querySelectorAll('a.archive-copy').map((a) => a.getAttribute('href'))).toEqual([newer, older]);
  });
});
