import type { APIRoute } from 'astro';
import { langPaths } from '../../lib/paths.ts';
import type { Lang } from '../../schema/enums.ts';
import { exportContext } from '../../data-exports.ts';
import { feedXml } from '../../lib/exports/localized.ts';
import { getStories, storyText } from '../../components/stories/data.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const lang = (props as { lang: Lang }).lang;
  const stories = (await getStories()).map((s) => {
    const text = storyText(s, lang);
    return { id: s.id, title: text.title, summary: text.summary, lang: text.lang, published: s.data.published };
  });
  return new Response(feedXml(await exportContext(site), lang, stories), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
