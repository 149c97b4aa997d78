import { z } from 'astro/zod';
import { AVAILABILITY, SOURCE_KINDS } from './enums.ts';
import { dayDate } from './dates.ts';
import { message, say, write, type MessageId } from './messages.ts';

const httpsUrl = z.url({ error: say('notUrl') }).refine((u) => u.startsWith('https://'), { error: say('mustBeHttps') });

/** A moment in UTC to the second, as archives give it; an unquoted YAML timestamp is read as one. */
const captureTime = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().replace(/\.\d{3}Z$/, 'Z') : v),
  z
    .string({ error: say('captureTimeExpected') })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, {
      error: say('notCaptureTime', (input) => ({ value: String(input) })),
      abort: true,
    })
    .refine((v) => new Date(v).toISOString().slice(0, 19) === v.slice(0, 19), {
      error: say('notAMoment', (input) => ({ value: String(input) })),
    }),
);

/**
 * A recorded archive copy of a source (web.archive.org, archive.today, a PDF in the alliance's
 * store…). Written by `npm run archive` from a real capture, or by hand from one: never guessed.
 */
export const archiveSchema = z
  .object({
    /** The copy's own address, e.g. https://web.archive.org/web/20261130204107/https://… */
    url: httpsUrl,
    /** When the archive captured it, in UTC: "2026-11-30T20:41:07Z". */
    at: captureTime,
    /** The sha256 of the captured text, when it was fetched and hashed (64 lower-case hex digits). */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: say('sha256Hex') })
      .optional(),
  })
  .strict();

export type ArchiveData = z.output<typeof archiveSchema>;

/** Front matter of content/sources/<id>.md. The body may describe the source. */
export const sourceSchema = z
  .object({
    /** The source's own title, in its own language. */
    title: z.string().trim().min(1).max(300),
    /** Who published it (a newspaper, an NGO, a ministry). Never a private witness. */
    publisher: z.string().trim().min(1).max(200),
    /** Publication date, YYYY-MM-DD or YYYY-MM. */
    published: dayDate,
    /** What kind of source it is. */
    kind: z.enum(SOURCE_KINDS),
    /** Where it is published (https). Not allowed for a testimony. */
    url: httpsUrl.optional(),
    /** Archived copies, each with its capture time (see `npm run archive`). */
    archived: z.array(archiveSchema).default([]),
    /** When it was last read at `url`. */
    accessed: dayDate.optional(),
    /** Language of the source (ISO 639-1, e.g. ru, kk, en, fr). */
    lang: z.string().regex(/^[a-z]{2}$/, { error: say('langCode') }),
    /** `online`, `removed` (gone from its URL) or `withheld` (kept by the alliance). */
    availability: z.enum(AVAILABILITY).default('online'),
    /** Author(s), for published work only: a testimony never names its author. */
    author: z.string().max(200).optional(),
    /** A testimony's code, e.g. T-2022-014. */
    code: z
      .string()
      .regex(/^T-\d{4}-\d{3,}$/, { error: say('testimonyCodeFormat') })
      .optional(),
    /** What a testimony is, without anything that identifies the witness. */
    description: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'testimony') {
      if (s.url) ctx.addIssue({ code: 'custom', path: ['url'], ...rule('testimonyNoUrl') });
      if (s.author) ctx.addIssue({ code: 'custom', path: ['author'], ...rule('testimonyNoAuthor') });
      if (s.archived.length) ctx.addIssue({ code: 'custom', path: ['archived'], ...rule('testimonyNoArchives') });
      if (!s.code) ctx.addIssue({ code: 'custom', path: ['code'], ...rule('testimonyNeedsCode') });
      if (!s.description) ctx.addIssue({ code: 'custom', path: ['description'], ...rule('testimonyNeedsDescription') });
    } else {
      if (s.code) ctx.addIssue({ code: 'custom', path: ['code'], ...rule('onlyTestimonyCode') });
      if (!s.url && s.availability === 'online')
        ctx.addIssue({ code: 'custom', path: ['url'], ...rule('onlineNeedsUrl') });
      s.archived.forEach((a, i) => {
        if (a.url === s.url)
          ctx.addIssue({ code: 'custom', path: ['archived', i, 'url'], ...rule('archiveIsOriginal') });
      });
    }
  });

/** A custom issue that names its message, for the rules between a source's fields. */
const rule = (
  id: Extract<MessageId, `testimony${string}` | 'onlyTestimonyCode' | 'onlineNeedsUrl' | 'archiveIsOriginal'>,
) => {
  const m = message(id);
  return { message: write(m), params: { message: m } };
};

export type SourceData = z.output<typeof sourceSchema>;
