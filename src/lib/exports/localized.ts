/** The exports written in one language (Atom feed, TimelineJS), with that language's UI strings. */
import { atomFeed, type FeedStory } from './atom.ts';
import type { ExportContext } from './context.ts';
import { timelineJs, type TimelineFile } from './timelinejs.ts';
import { enumKey, useTranslations, type Lang } from '../../i18n/index.ts';

export function feedXml(ctx: ExportContext, lang: Lang, stories: readonly FeedStory[] = []): string {
  const t = useTranslations(lang);
  return atomFeed(
    ctx,
    lang,
    {
      title: t('site.name'),
      subtitle: t('site.tagline'),
      publisher: t('site.publisher'),
      rights: t('footer.license'),
      typeLabel: (type) => t(enumKey('type', type)),
      storyLabel: t('nav.stories'),
    },
    stories,
  );
}

export function timelineFile(ctx: ExportContext, lang: Lang): TimelineFile {
  const t = useTranslations(lang);
  return timelineJs(ctx, lang, {
    title: t('site.name'),
    intro: t('site.tagline'),
    open: t('embed.readEntry'),
    typeLabel: (type) => t(enumKey('type', type)),
    verificationLabel: (e) => t(enumKey('verification', e.data.verification)),
  });
}
