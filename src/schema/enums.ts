/**
 * The closed vocabularies of the content contract. Every list here is translated in
 * src/i18n/*.json under the same key (`type.protest`, `right.liberty`, …), so adding a value
 * means adding its three translations too: the build fails otherwise.
 */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const EVENT_TYPES = [
  'protest',
  'use-of-force',
  'violence',
  'detention',
  'casualty',
  'torture',
  'internet-shutdown',
  'media-freedom',
  'state-measure',
  'statement',
  'trial',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ACTORS = [
  'protesters',
  'police',
  'national-guard',
  'army',
  'csto-forces',
  'security-service',
  'unidentified-armed',
  'officials',
  'journalists',
  'courts',
  'prosecutors',
  'human-rights-defenders',
  'international-bodies',
] as const;
export type Actor = (typeof ACTORS)[number];

export const RIGHTS = [
  'right-to-life',
  'freedom-from-torture',
  'liberty',
  'legal-assistance',
  'notification-of-detention',
  'fair-trial',
  'freedom-of-assembly',
  'freedom-of-expression',
  'access-to-information',
  'press-freedom',
  'freedom-of-association',
] as const;
export type Right = (typeof RIGHTS)[number];

export const VERIFICATION = ['reported', 'corroborated', 'verified', 'disputed', 'retracted'] as const;
export type Verification = (typeof VERIFICATION)[number];

export const TIME_PRECISION = ['minute', 'hour', 'day', 'days', 'month'] as const;
export type TimePrecision = (typeof TIME_PRECISION)[number];

/**
 * What a figure counts. `detained`: detentions so far; `in-custody`: those still held on the day
 * (a number that can fall without anyone having been released in error, so never the same series).
 */
export const MEASURES = [
  'killed',
  'injured',
  'detained',
  'in-custody',
  'missing',
  'released',
  'charged',
  'convicted',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Who a figure counts. `people` when the source does not say. */
export const FIGURE_GROUPS = [
  'people',
  'security-forces',
  'civilians',
  'protesters',
  'journalists',
  'children',
  // a part of a toll that is not the toll: those who died in custody, or in hospitals
  'detainees',
  'patients',
  // those detained in criminal cases, beside administrative detentions
  'suspects',
] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

export const FIGURE_SCOPES = ['incident', 'cumulative'] as const;

/** How the source qualifies a number: "more than 2,000", "at least 300", "about 500". */
export const COUNT_QUALIFIERS = ['more-than', 'at-least', 'about'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

/**
 * Who states a number. `state` and `court` numbers are official; `independent` (a human rights
 * group, a newsroom's own count) and `international` (a UN body, the OSCE) are not the state's.
 */
export const STATING_BODY_KINDS = ['state', 'court', 'independent', 'international'] as const;
export type StatingBodyKind = (typeof STATING_BODY_KINDS)[number];

/** Source kinds that relay what others state: a figure from one of them must say who stated it. */
export const RELAYING_SOURCE_KINDS = ['media', 'social-media', 'dataset'] as const;

/** How exactly a location is published. Coarser than known is allowed, to protect people. */
export const LOCATION_PRECISION = ['exact', 'approximate', 'city', 'region', 'country'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISION)[number];

export const SENSITIVITY = ['graphic', 'minors', 'personal-data'] as const;

export const SOURCE_KINDS = [
  'ngo',
  'media',
  'official',
  'international',
  'court',
  'monitoring',
  'testimony',
  'social-media',
  'dataset',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const AVAILABILITY = ['online', 'removed', 'withheld'] as const;

export const PLACE_KINDS = ['country', 'region', 'city', 'town', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kazakhstan's bounding box, with a small margin: a point outside it is a typo. */
export const KZ_BOUNDS = { minLat: 40.5, maxLat: 55.5, minLon: 46.4, maxLon: 87.4 } as const;

/** What happened to a person (content/people/). */
export const PERSON_OUTCOMES = [
  'killed',
  'died-in-custody',
  'injured',
  'detained',
  'tortured',
  'charged',
  'convicted',
  'amnestied',
  'released',
  'disappeared',
] as const;
export type PersonOutcome = (typeof PERSON_OUTCOMES)[number];

/** A person's public role, where a source gives one. */
export const PERSON_ROLES = [
  'journalist',
  'activist',
  'human-rights-defender',
  'politician',
  'official',
  'officer',
  'lawyer',
  'protester',
  'civilian',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Why a name may be published: see src/schema/person.ts. */
export const PERSON_BASES = ['public-figure', 'published-with-consent', 'alliance-consent'] as const;
export type PersonBasis = (typeof PERSON_BASES)[number];

export const SEX = ['male', 'female'] as const;

/** How sure a statement about a person is. */
export const STATUS = ['reported', 'corroborated', 'verified', 'disputed'] as const;
export type Status = (typeof STATUS)[number];

/** Age bands of the register's filter. */
export const AGE_BANDS = ['under-18', '18-29', '30-44', '45-59', '60-plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
