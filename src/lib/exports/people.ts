/**
 * /data/people.json and /data/people.csv: the register as data, under the same rule as the pages —
 * a name (and its basis) only where the record has a publication basis; otherwise the record is
 * described by what happened. The JSON shape is a zod schema, so /data/schema/people.json is
 * generated from it.
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import {
  AGE_BANDS,
  LANGS,
  PERSON_BASES,
  PERSON_OUTCOMES,
  PERSON_ROLES,
  SEX,
  STATUS,
  type Lang,
} from '../../schema/enums.ts';
import type { PlaceData } from '../../schema/index.ts';
import type { UiKey } from '../../i18n/index.ts';
import type { PersonRecord } from '../people.ts';
import { describePerson } from '../people-text.ts';
import { absolute, type ExportContext } from './context.ts';
import { localePath, paths } from '../urls.ts';

const perLang = <T extends z.ZodType>(t: T) => z.object({ kk: t, ru: t, en: t });

export const personRecordSchema = z
  .object({
    id: z.string().describe('Permanent id of the record'),
    url: perLang(z.string())
      .nullable()
      .describe("The person's page in each language; null for a record without a publication basis (it has no page)"),
    name: z
      .object({ kk: z.string(), ru: z.string(), en: z.string(), variants: z.array(z.string()) })
      .nullable()
      .describe('The published name; null when the record has no publication basis'),
    basis: z.object({ kind: z.enum(PERSON_BASES), source: z.string().nullable() }).nullable(),
    description: perLang(z.string()).describe('How the record reads without a name, e.g. "a 19-year-old man, Almaty"'),
    age: z.union([z.number(), z.object({ min: z.number(), max: z.number() })]).nullable(),
    ageBand: z.enum(AGE_BANDS),
    minor: z.boolean(),
    sex: z.enum(SEX).nullable(),
    role: z.enum(PERSON_ROLES).nullable(),
    statements: z.array(
      z
        .object({
          what: z.enum(PERSON_OUTCOMES),
          date: z.string().describe('YYYY-MM-DD, or YYYY-MM when only the month is known'),
          place: z.object({ id: z.string(), name: perLang(z.string()) }).nullable(),
          event: z.string().nullable().describe("Id of the chronicle's entry, as in /data/events.json"),
          detail: z.string().nullable(),
          detailLang: z.enum(LANGS).nullable(),
          status: z.enum(STATUS),
          sources: z.array(z.object({ id: z.string(), locator: z.string().nullable() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export const peopleFileSchema = z
  .object({
    title: z.string(),
    publisher: z.string(),
    homepage: z.string(),
    schema: z.string(),
    count: z.number().int(),
    named: z.number().int(),
    people: z.array(personRecordSchema),
  })
  .strict();

export type PersonExport = z.output<typeof personRecordSchema>;
type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

export function personExport(ctx: ExportContext, p: PersonRecord, translators: Record<Lang, Translate>): PersonExport {
  const places: Map<string, PlaceData> = ctx.chronicle.places;
  const d = p.data;
  const place = (id: string | undefined) => {
    const found = id ? places.get(id) : undefined;
    return found ? { id: found.id, name: found.name } : null;
  };
  return {
    id: p.id,
    url: p.named
      ? (Object.fromEntries(
          LANGS.map((l) => [l, absolute(ctx, localePath(l, paths.person(p.id), '/').slice(1))]),
        ) as Record<Lang, string>)
      : null,
    name: p.named && d.name ? { kk: d.name.kk, ru: d.name.ru, en: d.name.en, variants: d.name.variants } : null,
    basis: p.named && d.basis ? { kind: d.basis.kind, source: d.basis.source ?? null } : null,
    description: Object.fromEntries(LANGS.map((l) => [l, describePerson(p, l, translators[l], places)])) as Record<
      Lang,
      string
    >,
    age: d.age ?? null,
    ageBand: p.ageBand,
    minor: d.minor,
    sex: d.sex ?? null,
    role: d.role ?? null,
    statements: p.statements.map((s) => ({
      what: s.what,
      date: s.date,
      place: place(s.place),
      event: s.event ?? null,
      detail: s.detail ?? null,
      detailLang: s.detail ? d.lang : null,
      status: s.status,
      sources: s.sources.map((c) => ({ id: c.id, locator: c.locator ?? null })),
    })),
  };
}

export function peopleJson(
  ctx: ExportContext,
  people: PersonRecord[],
  translators: Record<Lang, Translate>,
  meta: { title: string; publisher: string },
) {
  const records = people.map((p) => personExport(ctx, p, translators));
  return peopleFileSchema.parse({
    ...meta,
    homepage: absolute(ctx, 'people/'),
    schema: absolute(ctx, 'data/schema/people.json'),
    count: records.length,
    named: records.filter((r) => r.name).length,
    people: records,
  });
}

export const PEOPLE_CSV_COLUMNS = [
  'id',
  'name_en',
  'name_ru',
  'name_kk',
  'basis',
  'description_en',
  'age',
  'age_band',
  'sex',
  'role',
  'what',
  'date',
  'place',
  'event',
  'status',
  'sources',
] as const;

/** One row per statement, so a spreadsheet can count by what happened; name columns empty without a basis. */
export function peopleCsv(ctx: ExportContext, people: PersonRecord[], translators: Record<Lang, Translate>): string {
  const rows = people.flatMap((p) => {
    const r = personExport(ctx, p, translators);
    return r.statements.map((s) => ({
      id: r.id,
      name_en: r.name?.en ?? '',
      name_ru: r.name?.ru ?? '',
      name_kk: r.name?.kk ?? '',
      basis: r.basis?.kind ?? '',
      description_en: r.description.en,
      age: r.age === null ? '' : typeof r.age === 'number' ? String(r.age) : `${r.age.min}-${r.age.max}`,
      age_band: r.ageBand,
      sex: r.sex ?? '',
      role: r.role ?? '',
      what: s.what,
      date: s.date,
      place: s.place?.id ?? '',
      event: s.event ?? '',
      status: s.status,
      sources: s.sources.map((c) => c.id).join(' '),
    }));
  });
  return stringify(rows, { header: true, columns: [...PEOPLE_CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
