/**
 * /data/explore/sources.json: the sources a proposed entry may cite, for the proposal form's
 * choice of source, which reads it when the form opens. At 100,000 entries there are about 10,000
 * sources, and as options in the page they made it megabytes.
 */
import type { APIRoute } from 'astro';
import { getChronicle } from '../../../data.ts';
import { sourceChoices } from '../../../lib/source-choices.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(sourceChoices([...(await getChronicle()).sources.values()])));
