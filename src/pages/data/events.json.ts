import type { APIRoute } from 'astro';
import { eventsJson } from '../../lib/exports/events-json.ts';
import { exportContext, fileMeta, json } from '../../data-exports.ts';

export const GET: APIRoute = async ({ site }) => json(eventsJson(await exportContext(site), fileMeta('events')));
