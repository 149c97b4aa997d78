/**
 * What the story page hands its MDX components while it renders: the steps of the text being
 * shown. MDX components take only the literal props an editor wrote, so the page's own facts
 * travel on Astro.locals, which one page render shares with every component inside it.
 */
import type { StoryStep } from '../../lib/stories.ts';

export interface StoryContext {
  steps: StoryStep[];
}

export function storyContext(locals: object): StoryContext {
  const ctx = (locals as { story?: StoryContext }).story;
  if (!ctx) throw new Error('story components render only inside a story page (src/pages/[lang]/stories/[id].astro)');
  return ctx;
}

export function setStoryContext(locals: object, ctx: StoryContext): void {
  (locals as { story?: StoryContext }).story = ctx;
}
