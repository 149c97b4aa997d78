import type { APIRoute } from 'astro';
import { langPaths } from '../../lib/paths.ts';
import type { Lang } from '../../schema/enums.ts';
import { exportContext } from '../../data-exports.ts';
import { feedXml } from '../../lib/exports/localized.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ site, props }) =>
  new Response(feedXml(await exportContext(site), (props as { lang: Lang }).lang), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
