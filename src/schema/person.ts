import { z } from 'astro/zod';
import { LANGS, PERSON_OUTCOMES, PERSON_ROLES, PERSON_BASES, SEX, STATUS } from './enums.ts';
import { dayDate } from './dates.ts';
import { ID_RE, isPlainText } from './patterns.ts';
import { say } from './messages.ts';

/**
 * A person the chronicle counts: content/people/<id>.md. What happened to them is a list of
 * statements, each sourced like a figure and with its own status. A name is published only with a
 * publication basis; without one the record is shown as "a 19-year-old man, Almaty".
 * Contact details and addresses finer than a city are refused in every text (rules.ts).
 */

const recordId = z.string().regex(ID_RE, { error: say('idFormat') });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: say('mustNotBeEmpty') })
    .max(max)
    .refine(isPlainText, { error: say('plainTextOnly') });

/** A source of one statement, as an event cites one: the id of a record in content/sources/. */
const personCitation = z.object({ id: recordId, locator: z.string().max(200).optional() }).strict();

/** An age: exact, or `{ min, max }` when the source gives a range or sources disagree. */
const ageSchema = z.union([
  z.number().int().min(0).max(120),
  z
    .object({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120) })
    .strict()
    .refine((a) => a.max >= a.min, { error: say('maxBelowMin') }),
]);

/** The name as published, with its spellings in each language and known variants. */
export const personNameSchema = z
  .object({
    kk: text(120),
    ru: text(120),
    en: text(120),
    /** Other published spellings (transliterations, initials as in the official list). */
    variants: z.array(text(120)).default([]),
  })
  .strict();

/** Why a name may be shown. Without a basis the record is anonymous. */
export const publicationBasisSchema = z
  .object({
    /**
     * `public-figure`: an official, a journalist in their work, a defendant named in court reporting,
     * acting in public. `published-with-consent`: a cited source already published the full name
     * with the family's evident consent (their own appeal, a memorial list, an obituary).
     * `alliance-consent`: consent recorded by the alliance.
     */
    kind: z.enum(PERSON_BASES),
    /** The source that published the name (required unless consent was recorded by the alliance). */
    source: recordId.optional(),
    /** One plain sentence: what shows the basis (e.g. "the family's public appeal, 12 January 2022"). */
    note: text(300),
  })
  .strict();

/** One thing that happened to the person, with when, where and who says so. */
export const personStatementSchema = z
  .object({
    /** What happened. */
    what: z.enum(PERSON_OUTCOMES),
    /** When: YYYY-MM-DD, or YYYY-MM when only the month is known. */
    date: dayDate,
    /**
     * `report` when the source gives no date for what happened, only its own: `date` is then the
     * day the source reported it ("by 1 August 2019"), and pages say so.
     */
    dated: z.enum(['event', 'report']).default('event'),
    /** Where: a place id of kind country, region, city or town (never finer than a city). */
    place: recordId.optional(),
    /** The chronicle's entry about it, if there is one. */
    event: recordId.optional(),
    /** A short plain detail in the record's language (e.g. a sentence, an article of the code). */
    detail: text(300).optional(),
    /** At least one source; a statement stands on its sources alone. */
    sources: z.array(personCitation).min(1, { error: say('atLeastOneSource') }),
    /** `reported` (one source), `corroborated` (2+ publishers), `verified`, `disputed`. */
    status: z.enum(STATUS),
  })
  .strict();

/** Front matter of content/people/<id>.md. */
export const personSchema = z
  .object({
    /** Language of this file's texts (`detail`, `summary`, the body). */
    lang: z.enum(LANGS),
    /** The published name; omit it when there is no publication basis. */
    name: personNameSchema.optional(),
    /** Required whenever a name is given. */
    basis: publicationBasisSchema.optional(),
    /** Age as the sources give it, and its source. Sources that disagree: a range. */
    age: ageSchema.optional(),
    /** True when the person was under 18 at the time: never named unless a cited source did so with the family's consent. */
    minor: z.boolean().default(false),
    /** Only where a source states it. */
    sex: z.enum(SEX).optional(),
    /** A public role, where the source gives one. */
    role: z.enum(PERSON_ROLES).optional(),
    /** The person's home city where the source gives it (never finer than a city). */
    from: recordId.optional(),
    /** What happened, in order. */
    statements: z.array(personStatementSchema).min(1, { error: say('needsStatement') }),
    /** Public correction log. */
    corrections: z.array(z.object({ date: dayDate, note: text(500) }).strict()).default([]),
    /** Drafts are validated but not published. */
    draft: z.boolean().default(false),
  })
  .strict();

/** Front matter of content/people/<id>.<lang>.md: a record's texts in another language. */
export const personTextSchema = z
  .object({
    /** Each statement's `detail` in this language, in the same order (empty string where there is none). */
    details: z.array(z.string().max(300)).default([]),
    basisNote: z.string().max(300).optional(),
    translatedFrom: z.enum(LANGS),
    reviewed: z.boolean(),
  })
  .strict();

export type PersonInput = z.input<typeof personSchema>;
export type PersonData = z.output<typeof personSchema>;
export type PersonStatement = z.output<typeof personStatementSchema>;
export type PersonTextData = z.output<typeof personTextSchema>;
