import type { APIRoute } from 'astro';
import { download, downloads, exportContext } from '../../data-exports.ts';

export const GET: APIRoute = async ({ site }) => download(downloads.events(await exportContext(site)));
