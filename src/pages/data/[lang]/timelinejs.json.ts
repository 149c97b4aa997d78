import type { APIRoute } from 'astro';
import { langPaths } from '../../../lib/paths.ts';
import type { Lang } from '../../../schema/enums.ts';
import { exportContext, json } from '../../../data-exports.ts';
import { timelineFile } from '../../../lib/exports/localized.ts';

export const getStaticPaths = langPaths;
export const GET: APIRoute = async ({ site, props }) =>
  json(timelineFile(await exportContext(site), (props as { lang: Lang }).lang));
