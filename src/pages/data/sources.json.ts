import type { APIRoute } from 'astro';
import { sourcesJson } from '../../lib/exports/sources-json.ts';
import { exportContext, fileMeta, json } from '../../data-exports.ts';

export const GET: APIRoute = async ({ site }) => json(sourcesJson(await exportContext(site), fileMeta('sources')));
