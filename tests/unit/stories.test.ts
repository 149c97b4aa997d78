import { describe, expect, it } from 'vitest';
import { checkMdx, STORY_COMPONENTS } from '../../src/lib/content/mdx-rules.ts';
import { checkStoryRefs } from '../../src/lib/content/story-check.ts';
import type { FilterableEvent } from '../../src/lib/filters.ts';
import { framePath, loaderSnippet } from '../../src/lib/widgets.ts';
import { emptyFilters } from '../../src/lib/filters.ts';
import { stepAfter, stepFromHash, storyDays, storySteps, storyTextLang } from '../../src/lib/stories.ts';

// Synthetic entries: three days, two places, two types.
const ev = (id: string, day: string, type: FilterableEvent['type'], place: string): FilterableEvent => ({
  id,
  type,
  place,
  rights: [],
  actors: [],
  verification: 'reported',
  day,
});
const EVENTS = [
  ev('a-protest', '2022-01-02', 'protest', 'town-a'),
  ev('b-force', '2022-01-05', 'use-of-force', 'city-b'),
  ev('c-force', '2022-01-06', 'use-of-force', 'city-b'),
  ev('d-statement', '2022-01-06', 'statement', 'city-b'),
];

const BODY = `<Step event="a-protest" title="First">
People gathered in <Ref event="a-protest">town A</Ref>.
</Step>

<Step filter="type=use-of-force&place=city-b">
Force was used, <MapView place="city-b" /> as <Ref event="b-force">reported</Ref>.
</Step>

<Step event="d-statement">
A statement.
</Step>
`;

describe('storySteps', () => {
  const { uses, problems } = checkMdx(BODY, 1, STORY_COMPONENTS);
  it('numbers the steps in the order written, with the entries each covers', () => {
    expect(problems).toEqual([]);
    const steps = storySteps(uses, EVENTS);
    expect(steps.map((s) => [s.n, s.key, s.events])).toEqual([
      [1, 'event:a-protest', ['a-protest']],
      [2, 'filter:type=use-of-force&place=city-b', ['b-force', 'c-force']],
      [3, 'event:d-statement', ['d-statement']],
    ]);
  });
  it('keeps a step title and the place a <MapView> inside it names', () => {
    const [first, second] = storySteps(uses, EVENTS);
    expect(first!.title).toBe('First');
    expect(first!.place).toBeUndefined();
    expect(second!.place).toBe('city-b');
  });
});

describe('a story with two steps over the same entry', () => {
  it('is refused with the line of the second', () => {
    const body = '<Step event="a-protest">\nOne.\n</Step>\n\n<Step event="a-protest">\nTwo.\n</Step>\n';
    const { uses, unsourced } = checkMdx(body, 10, STORY_COMPONENTS);
    const refs = {
      events: new Map(EVENTS.map((e) => [e.id, e])),
      sources: new Set<string>(),
      places: new Set<string>(),
    };
    const problems = checkStoryRefs(uses, unsourced, refs);
    expect(problems).toEqual([expect.objectContaining({ rule: 'duplicate-step', line: 14 })]);
  });
});

describe('storyDays', () => {
  it('groups the cited entries by day, days in order, unknown ids left out', () => {
    const day = new Map(EVENTS.map((e) => [e.id, e.day]));
    expect(storyDays(['d-statement', 'a-protest', 'missing', 'c-force'], (id) => day.get(id))).toEqual([
      { day: '2022-01-02', events: ['a-protest'] },
      { day: '2022-01-06', events: ['d-statement', 'c-force'] },
    ]);
  });
});

describe('moving between steps', () => {
  it('reads #step-N only for a step that exists', () => {
    expect(stepFromHash('#step-3', 5)).toBe(3);
    expect(stepFromHash('step-1', 5)).toBe(1);
    expect(stepFromHash('#step-6', 5)).toBeUndefined();
    expect(stepFromHash('#step-0', 5)).toBeUndefined();
    expect(stepFromHash('#sources', 5)).toBeUndefined();
    expect(stepFromHash('', 5)).toBeUndefined();
  });
  it('stops at the first and the last step', () => {
    expect(stepAfter(1, -1, 4)).toBe(1);
    expect(stepAfter(2, 1, 4)).toBe(3);
    expect(stepAfter(4, 1, 4)).toBe(4);
  });
});

describe('storyTextLang', () => {
  it('shows a translation when there is one, else the original marked as a fallback', () => {
    expect(storyTextLang('en', 'en', new Set())).toEqual({ lang: 'en', fallback: false });
    expect(storyTextLang('kk', 'en', new Set(['kk']))).toEqual({ lang: 'kk', fallback: false });
    expect(storyTextLang('ru', 'en', new Set(['kk']))).toEqual({ lang: 'en', fallback: true });
  });
});

describe('a story as a widget', () => {
  const w = {
    kind: 'story' as const,
    id: 'five-days',
    lang: 'kk' as const,
    filters: emptyFilters(),
    theme: 'dark' as const,
  };
  it('is the story frame, loaded by the same script as every widget', () => {
    expect(framePath(w)).toBe('embed/kk/story/five-days/?theme=dark');
    expect(loaderSnippet(w, 'https://qantar.example/chronicle/')).toBe(
      '<div data-qantar-story="five-days" data-lang="kk" data-theme="dark"></div>\n<script src="https://qantar.example/chronicle/embed.js" async></script>',
    );
  });
});
