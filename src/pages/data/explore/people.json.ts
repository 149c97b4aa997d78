/** /data/explore/people.json: the register for the map, at city precision, named only with a basis (src/lib/people-map.ts). */
import type { APIRoute } from 'astro';
import { getChronicle, getPeople } from '../../../data.ts';
import { peopleMapFile } from '../../../lib/people-map.ts';

export const GET: APIRoute = async () => {
  const [chronicle, people] = await Promise.all([getChronicle(), getPeople()]);
  return new Response(JSON.stringify(peopleMapFile(people, chronicle.places)));
};
