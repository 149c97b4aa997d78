/** /data/explore/{lang}/{n}.json: titles, summaries and day labels of one chunk of events. */
import type { APIRoute } from 'astro';
import { getChronicle } from '../../../../data.ts';
import { buildTextChunk, chunkCount } from '../../../../lib/explore.ts';
import { LANGS, type Lang } from '../../../../schema/enums.ts';

export async function getStaticPaths() {
  const n = chunkCount((await getChronicle()).events.length);
  return LANGS.flatMap((lang) => Array.from({ length: n }, (_, chunk) => ({ params: { lang, chunk: String(chunk) } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(buildTextChunk(await getChronicle(), params.lang as Lang, Number(params.chunk))));
