import type { APIRoute } from 'astro';
import { langPaths } from '../../lib/paths.ts';
import type { Lang } from '../../schema/enums.ts';
import { exportContext } from '../../data-exports.ts';
import { feedXml } from '../../lib/exports/localized.ts';
import { feedStories } from '../../components/stories/data.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const lang = (props as { lang: Lang }).lang;
  return new Response(feedXml(await exportContext(site), lang, await feedStories(lang)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
