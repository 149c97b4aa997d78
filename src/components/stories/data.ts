/**
 * The published stories and their texts, read from the content collections once per build, with
 * the steps of each text worked out from its MDX (src/lib/stories.ts). Pages import from here.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { getChronicle } from '../../data.ts';
import { checkMdx, STORY_COMPONENTS } from '../../lib/content/mdx-rules.ts';
import { toFilterable } from '../../lib/filters.ts';
import { storySteps, storyTextLang, type StoryStep } from '../../lib/stories.ts';
import type { Lang } from '../../schema/enums.ts';
import type { StoryData, StoryTextData } from '../../schema/story.ts';

export interface Story {
  id: string;
  data: StoryData;
  /** Translations by language. */
  texts: Map<Lang, StoryTextData>;
}

async function load(): Promise<Story[]> {
  const [stories, texts] = await Promise.all([getCollection('stories'), getCollection('storyTexts')]);
  return stories
    .filter((s) => !s.data.draft)
    .map((s) => ({
      id: s.id,
      data: s.data,
      texts: new Map(
        texts.filter((t) => t.id.startsWith(`${s.id}/`)).map((t) => [t.id.slice(s.id.length + 1) as Lang, t.data]),
      ),
    }))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

let cached: Promise<Story[]> | undefined;
export function getStories(): Promise<Story[]> {
  cached ??= load();
  return cached;
}

/** Title, summary and review state of a story in a page's language (the original when untranslated). */
export function storyText(story: Story, lang: Lang) {
  const which = storyTextLang(lang, story.data.lang, new Set(story.texts.keys()));
  const tr = which.lang === story.data.lang ? undefined : story.texts.get(which.lang);
  return {
    lang: which.lang,
    fallback: which.fallback,
    original: !tr,
    title: tr?.title ?? story.data.title,
    summary: tr?.summary ?? story.data.summary,
    reviewed: tr ? tr.reviewed : story.data.reviewed,
    translatedFrom: tr?.translatedFrom,
  };
}

/**
 * The rendered text of a story in a language and its steps, in the order written; its MDX and the
 * sources its <Quote>s cite, for the words search adds to the page.
 */
export async function renderStory(
  story: Story,
  lang: Lang,
): Promise<{
  Content: Awaited<ReturnType<typeof render>>['Content'];
  steps: StoryStep[];
  body: string;
  quoted: string[];
}> {
  const entry =
    lang === story.data.lang
      ? await getEntry('stories', story.id)
      : await getEntry('storyTexts', `${story.id}/${lang}`);
  if (!entry) throw new Error(`content/stories/${story.id}: no text in ${lang}`);
  const chronicle = await getChronicle();
  const { uses } = checkMdx(entry.body ?? '', 1, STORY_COMPONENTS);
  const steps = storySteps(uses, chronicle.events.map(toFilterable));
  const quoted = uses.flatMap((u) => (u.name === 'Quote' && u.props.source ? [u.props.source] : []));
  const { Content } = await render(entry);
  return { Content, steps, body: entry.body ?? '', quoted };
}

/** The stories as the Atom feed lists them, in one language (the feed and the data page's size agree). */
export async function feedStories(lang: Lang) {
  return (await getStories()).map((s) => {
    const text = storyText(s, lang);
    return { id: s.id, title: text.title, summary: text.summary, lang: text.lang, published: s.data.published };
  });
}
