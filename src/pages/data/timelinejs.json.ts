import type { APIRoute } from 'astro';
import { download, downloads, exportContext } from '../../data-exports.ts';

/** The English file under the name TimelineJS users look for; each language is under /data/{lang}/. */
export const GET: APIRoute = async ({ site }) => download(downloads.timelinejs(await exportContext(site), 'en', true));
