import type { APIRoute } from 'astro';
import { langPaths } from '../../../lib/paths.ts';
import type { Lang } from '../../../schema/enums.ts';
import { download, downloads, exportContext } from '../../../data-exports.ts';

export const getStaticPaths = langPaths;
export const GET: APIRoute = async ({ site, props }) =>
  download(downloads.timelinejs(await exportContext(site), (props as { lang: Lang }).lang));
