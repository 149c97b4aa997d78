/**
 * /data/sources.json: every source record with the entries that cite it. A testimony appears
 * only as the schema allows it to exist: a code and a description, no author and no address.
 */
import type { Lang } from '../../schema/enums.ts';
import { LANGS } from '../../schema/enums.ts';
import type { SourceData } from '../../schema/source.ts';
import { localePath, paths } from '../urls.ts';
import { absolute, type ExportContext } from './context.ts';

export interface SourceRecordOut {
  id: string;
  url: Record<Lang, string>;
  title: string;
  publisher: string;
  published: string;
  kind: SourceData['kind'];
  lang: string;
  link: string | null;
  availability: SourceData['availability'];
  archived: { url: string; at: string; sha256: string | null }[];
  accessed: string | null;
  author: string | null;
  code: string | null;
  description: string | null;
  citedBy: string[];
}

/** The fields of a source record, in the order written (the data page describes each). */
export const SOURCE_FIELDS = [
  'id',
  'url',
  'title',
  'publisher',
  'published',
  'kind',
  'lang',
  'link',
  'availability',
  'archived',
  'accessed',
  'author',
  'code',
  'description',
  'citedBy',
] as const satisfies readonly (keyof SourceRecordOut)[];

export interface SourcesFile {
  title: string;
  publisher: string;
  count: number;
  sources: SourceRecordOut[];
}

export function sourcesJson(ctx: ExportContext, meta: { title: string; publisher: string }): SourcesFile {
  const sources = [...ctx.chronicle.sources.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data: s }) => ({
      id,
      url: Object.fromEntries(LANGS.map((l) => [l, absolute(ctx, localePath(l, paths.source(id), '/'))])) as Record<
        Lang,
        string
      >,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      kind: s.kind,
      lang: s.lang,
      link: s.url ?? null,
      availability: s.availability,
      archived: s.archived.map((a) => ({ url: a.url, at: a.at, sha256: a.sha256 ?? null })),
      accessed: s.accessed ?? null,
      author: s.author ?? null,
      code: s.code ?? null,
      description: s.description ?? null,
      citedBy: (ctx.chronicle.citing.get(id) ?? []).map((e) => e.id),
    }));
  return { title: meta.title, publisher: meta.publisher, count: sources.length, sources };
}
