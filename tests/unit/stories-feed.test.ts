/** Stories in the Atom feed: one entry each, read back with a real feed parser. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { ctx } from '../fixtures/exports-chronicle.ts';
import { atomFeed, type FeedStory } from '../../src/lib/exports/atom.ts';

// Synthetic stories: one translated into the feed's language, one shown in its original.
const STORIES: FeedStory[] = [
  {
    id: 'five-days',
    title: 'Бес күн',
    summary: 'Жанаөзеннен <Алматыға> дейін & одан әрі',
    lang: 'kk',
    published: '2030-02-01',
  },
  { id: 'the-count', title: 'The count', summary: 'How a number moved.', lang: 'en', published: '2030-01-15' },
];
const strings = {
  title: 'Шежіре',
  subtitle: 'Шежіре',
  publisher: 'Альянс',
  rights: 'Дәйексөз',
  typeLabel: (t: string) => t,
  storyLabel: 'Баяндар',
};

describe('the Atom feed with stories', () => {
  const xml = atomFeed(ctx, 'kk', strings, STORIES);
  const feed = parseFeed(xml);
  it('is well-formed XML with markup in a summary escaped', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('&lt;Алматыға&gt; дейін &amp; одан');
  });
  it('lists each story once at its page in the feed language, dated the day it was published', () => {
    const items = feed.items.filter((i) => i.id?.includes('/stories/'));
    expect(items.map((i) => [i.id, i.updated?.toISOString().slice(0, 10)])).toEqual([
      ['https://qantar.example/chronicle/kk/stories/five-days/', '2030-02-01'],
      ['https://qantar.example/chronicle/kk/stories/the-count/', '2030-01-15'],
    ]);
    expect(items[0]!.title).toBe('Бес күн');
  });
  it('marks an untranslated story with its own language', () => {
    expect(xml).toMatch(/<title xml:lang="en">The count<\/title>/);
    expect(xml).not.toMatch(/<title xml:lang="[a-z]+">Бес күн/);
  });
  it('takes the feed date from the newest story when it is newer than every entry', () => {
    expect(feed.updated?.toISOString().slice(0, 10)).toBe('2030-02-01');
  });
  it('has no story entries when there are none', () => {
    expect(atomFeed(ctx, 'kk', strings)).not.toContain('/stories/');
  });
});
