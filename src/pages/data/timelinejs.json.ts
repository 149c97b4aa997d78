import type { APIRoute } from 'astro';
import { exportContext, json } from '../../data-exports.ts';
import { timelineFile } from '../../lib/exports/localized.ts';

/** The English file under the name TimelineJS users look for; each language is under /data/{lang}/. */
export const GET: APIRoute = async ({ site }) => json(timelineFile(await exportContext(site), 'en'));
