import { z } from 'astro/zod';
import { LANGS } from './enums.ts';
import { isPlainText } from './patterns.ts';
import { say } from './messages.ts';

/**
 * Front matter of content/events/<id>/<lang>.md (or <lang>.mdx): the text of an entry in another language.
 * Facts live only in index.md; a translation that carries any other key is an error.
 */
export const translationSchema = z
  .object({
    /** Headline in this language. */
    title: z
      .string()
      .trim()
      .min(1)
      .max(160)
      .refine(isPlainText, { error: say('plainTextOnly') }),
    /** Summary in this language, plain text, at most 300 characters. */
    summary: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .refine(isPlainText, { error: say('plainTextOnly') }),
    /** The language this text was translated from. */
    translatedFrom: z.enum(LANGS),
    /** False until a person who reads both languages has checked it; the page says so. */
    reviewed: z.boolean(),
    /** Who reviewed it (an organisation or a role, never a private person's name is required). */
    reviewedBy: z.string().max(120).optional(),
  })
  .strict();

export type TranslationData = z.output<typeof translationSchema>;
