import type { APIRoute } from 'astro';
import { eventsCsv } from '../../lib/exports/csv.ts';
import { exportContext } from '../../data-exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCsv(await exportContext(site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
