import { z } from 'astro/zod';
import { LANGS } from './enums.ts';
import { dayDate } from './dates.ts';
import { ID_RE } from './patterns.ts';
import { say } from './messages.ts';

/**
 * A story: an editor's guided narrative made only of entries that exist,
 * content/stories/<id>/index.mdx in its original language with kk.mdx, ru.mdx, en.mdx beside it.
 * The body is MDX limited to our components with literal props (src/lib/content/mdx-rules.ts).
 */

const recordId = z.string().regex(ID_RE, { error: say('idFormat') });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: say('mustNotBeEmpty') })
    .max(max)
    .refine((v) => !/[<>{}]/.test(v), { error: say('plainTextNoBraces') });

export const storySchema = z
  .object({
    /** Headline in the file's language. */
    title: text(160),
    /** One or two plain sentences. */
    summary: text(300),
    /** Language of this file's text. */
    lang: z.enum(LANGS),
    /** The days the story covers (local days). */
    period: z.object({ from: dayDate, to: dayDate }).strict(),
    /** The day it was first published (the feed's date for it). */
    published: dayDate,
    /** Ids of the places it covers (content/places.yaml). */
    places: z.array(recordId).min(1, { error: say('storyNeedsPlace') }),
    /** Who wrote it: the organisation (never a private person). */
    authors: z.array(text(200)).min(1, { error: say('storyNeedsAuthor') }),
    /** The entries it cites: every entry its steps, cards and references use, and no other. */
    events: z.array(recordId).min(1, { error: say('storyNeedsEvent') }),
    /** False until an editor other than the author has reviewed it; the page says so. */
    reviewed: z.boolean(),
    /** Shown in this order on the stories page (lower first). */
    order: z.number().int().min(0).default(100),
    /** Drafts are validated but not published. */
    draft: z.boolean().default(false),
  })
  .strict();

/** Front matter of content/stories/<id>/<lang>.mdx: the story in another language. */
export const storyTextSchema = z
  .object({
    title: text(160),
    summary: text(300),
    translatedFrom: z.enum(LANGS),
    /** False until a person who reads both languages has checked it; the page says so. */
    reviewed: z.boolean(),
  })
  .strict();

export type StoryData = z.output<typeof storySchema>;
export type StoryTextData = z.output<typeof storyTextSchema>;
