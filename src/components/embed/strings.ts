/** The UI strings a widget frame needs in the browser, from the strict i18n tables (server side). */
import { enumKey, type Translate } from '../../i18n/index.ts';
import { EVENT_TYPES, VERIFICATION, type EventType, type Verification } from '../../schema/enums.ts';

export interface EmbedStrings {
  type: Record<EventType, string>;
  verification: Record<Verification, string>;
  verificationText: Record<Verification, string>;
  /** "{count} events" */
  count: string;
  none: string;
  /** "{count} more on the full timeline" */
  more: string;
  newTab: string;
  loading: string;
  error: string;
}

const table = <K extends string>(keys: readonly K[], f: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;

export function embedStrings(t: Translate): EmbedStrings {
  return {
    type: table(EVENT_TYPES, (k) => t(enumKey('type', k))),
    verification: table(VERIFICATION, (k) => t(enumKey('verification', k))),
    verificationText: table(VERIFICATION, (k) => t(enumKey('verification', `${k}.text`))),
    count: t('timeline.count'),
    none: t('embed.none'),
    more: t('embed.more'),
    newTab: t('embed.newTab'),
    loading: t('embed.loading'),
    error: t('embed.error'),
  };
}
