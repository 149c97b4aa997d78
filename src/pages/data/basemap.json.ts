/** /data/basemap.json: the offline basemap of the maps, as TopoJSON (src/lib/basemap.ts). */
import type { APIRoute } from 'astro';
import { basemap } from '../../lib/basemap.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(basemap()));
