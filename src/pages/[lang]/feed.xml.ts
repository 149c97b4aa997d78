import type { APIRoute } from 'astro';
import { langPaths } from '../../lib/paths.ts';
import type { Lang } from '../../schema/enums.ts';
import { download, downloads, exportContext } from '../../data-exports.ts';
import { feedStories } from '../../components/stories/data.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const lang = (props as { lang: Lang }).lang;
  return download(downloads.feed(await exportContext(site), lang, await feedStories(lang)));
};
