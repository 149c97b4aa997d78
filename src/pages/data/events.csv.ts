import type { APIRoute } from 'astro';
import { eventsCsvChunks } from '../../lib/exports/csv.ts';
import { exportContext } from '../../data-exports.ts';
import { streamedResponse } from '../../lib/exports/json-stream.ts';

export const GET: APIRoute = async ({ site }) =>
  streamedResponse(eventsCsvChunks(await exportContext(site)), 'text/csv; charset=utf-8; header=present');
