import { z } from 'astro/zod';
import { AVAILABILITY, SOURCE_KINDS } from './enums.ts';
import { dayDate } from './dates.ts';

const httpsUrl = z
  .url({ error: 'expected a full URL' })
  .refine((u) => u.startsWith('https://'), { error: 'must start with https://' });

/** A moment in UTC to the second, as archives give it; an unquoted YAML timestamp is read as one. */
const captureTime = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().replace(/\.\d{3}Z$/, 'Z') : v),
  z
    .string({ error: 'expected a capture time such as "2026-11-30T20:41:07Z"' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, {
      error: (iss) => `"${String(iss.input)}" is not a capture time: write it in UTC as "YYYY-MM-DDTHH:mm:ssZ"`,
      abort: true,
    })
    .refine((v) => new Date(v).toISOString().slice(0, 19) === v.slice(0, 19), { error: (iss) => `"${String(iss.input)}" is not a moment that exists` }),
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
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'a sha256 is 64 lower-case hexadecimal digits' }).optional(),
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
    lang: z.string().regex(/^[a-z]{2}$/, { error: 'a two-letter language code such as ru, kk or en' }),
    /** `online`, `removed` (gone from its URL) or `withheld` (kept by the alliance). */
    availability: z.enum(AVAILABILITY).default('online'),
    /** Author(s), for published work only: a testimony never names its author. */
    author: z.string().max(200).optional(),
    /** A testimony's code, e.g. T-2022-014. */
    code: z.string().regex(/^T-\d{4}-\d{3,}$/, { error: 'a testimony code such as T-2022-014' }).optional(),
    /** What a testimony is, without anything that identifies the witness. */
    description: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'testimony') {
      if (s.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'a testimony has no public URL: remove it (keep it with the alliance)' });
      if (s.author) ctx.addIssue({ code: 'custom', path: ['author'], message: 'a testimony never names its author: remove it' });
      if (s.archived.length) ctx.addIssue({ code: 'custom', path: ['archived'], message: 'a testimony has no public archive copies: remove them' });
      if (!s.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'a testimony needs a code such as T-2022-014' });
      if (!s.description) ctx.addIssue({ code: 'custom', path: ['description'], message: 'a testimony needs a description that does not identify the witness' });
    } else {
      if (s.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'only a testimony has a code' });
      if (!s.url && s.availability === 'online')
        ctx.addIssue({ code: 'custom', path: ['url'], message: 'an online source needs its https URL (or set availability: removed / withheld)' });
      s.archived.forEach((a, i) => {
        if (a.url === s.url) ctx.addIssue({ code: 'custom', path: ['archived', i, 'url'], message: 'an archived copy has the address of the copy, not of the original' });
      });
    }
  });

export type SourceData = z.output<typeof sourceSchema>;
