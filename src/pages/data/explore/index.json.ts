/** /data/explore/index.json: every event's facets and public location (src/lib/explore.ts). */
import type { APIRoute } from 'astro';
import { getChronicle } from '../../../data.ts';
import { buildIndex } from '../../../lib/explore.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildIndex(await getChronicle())));
