/**
 * The UI strings that the explore elements (filters, lists, maps) need in the browser, built on
 * the server from the strict i18n tables and handed over in a data attribute.
 */
import { enumKey, type Translate } from '../../i18n/index.ts';
import {
  EVENT_TYPES,
  LOCATION_PRECISION,
  VERIFICATION,
  type EventType,
  type LocationPrecision,
  type Verification,
} from '../../schema/enums.ts';

export interface ClientStrings {
  type: Record<EventType, string>;
  verification: Record<Verification, string>;
  verificationText: Record<Verification, string>;
  precision: Record<LocationPrecision, string>;
  count: string;
  more: string;
  none: string;
  loading: string;
  error: string;
  mapPrecision: string;
  regionWide: string;
  countryWide: string;
  openEntry: string;
  zoomIn: string;
  zoomOut: string;
  timeUnknown: string;
  clusterIn: string;
  clusterNear: string;
  inView: string;
}

const table = <K extends string>(keys: readonly K[], f: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;

export function clientStrings(t: Translate): ClientStrings {
  return {
    type: table(EVENT_TYPES, (k) => t(enumKey('type', k))),
    verification: table(VERIFICATION, (k) => t(enumKey('verification', k))),
    verificationText: table(VERIFICATION, (k) => t(enumKey('verification', `${k}.text`))),
    precision: table(LOCATION_PRECISION, (k) => t(enumKey('precision', k))),
    count: t('filters.count'),
    more: t('list.more'),
    none: t('list.none'),
    loading: t('filters.loading'),
    error: t('filters.error'),
    mapPrecision: t('map.precision'),
    regionWide: t('map.regionWide'),
    countryWide: t('map.countryWide'),
    openEntry: t('map.openEntry'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    timeUnknown: t('list.timeUnknown'),
    clusterIn: t('map.clusterIn'),
    clusterNear: t('map.clusterNear'),
    inView: t('map.inView'),
  };
}
