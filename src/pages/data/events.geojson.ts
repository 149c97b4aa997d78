import type { APIRoute } from 'astro';
import { eventsGeoJson } from '../../lib/exports/geojson.ts';
import { exportContext, json } from '../../data-exports.ts';

export const GET: APIRoute = async ({ site }) => json(eventsGeoJson(await exportContext(site)), 'application/geo+json');
