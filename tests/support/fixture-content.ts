/**
 * Small content for tests that build a chronicle or a throw-away project: places (as objects and
 * as a places.yaml), a source record, and a JSX runtime that records what compiled MDX asks it to
 * build, with the canary that proves no code from content ran.
 */
import { eventSchema, placeSchema, sourceSchema } from '../../src/schema/index.ts';

/** Kazakhstan, Almaty (city, region and a site in it) and Aktau in Mangystau, as the schema gives them. */
export const FIXTURE_PLACES = [
  {
    id: 'kazakhstan',
    kind: 'country',
    name: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' },
    lat: 48,
    lon: 67,
    timezone: 'Asia/Almaty',
  },
  {
    id: 'almaty-city',
    kind: 'region',
    name: { kk: 'Алматы қ.', ru: 'г. Алматы', en: 'Almaty city' },
    lat: 43.2,
    lon: 76.9,
    timezone: 'Asia/Almaty',
  },
  {
    id: 'almaty',
    kind: 'city',
    name: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
    region: 'almaty-city',
    lat: 43.24,
    lon: 76.95,
    timezone: 'Asia/Almaty',
  },
  {
    id: 'republic-square',
    kind: 'site',
    name: { kk: 'Республика алаңы', ru: 'Площадь Республики', en: 'Republic Square' },
    region: 'almaty-city',
    lat: 43.2383,
    lon: 76.9453,
    timezone: 'Asia/Almaty',
  },
  {
    id: 'mangystau-region',
    kind: 'region',
    name: { kk: 'Маңғыстау', ru: 'Мангистау', en: 'Mangystau' },
    lat: 43.65,
    lon: 51.17,
    timezone: 'Asia/Aqtau',
  },
  {
    id: 'aktau',
    kind: 'city',
    name: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' },
    region: 'mangystau-region',
    lat: 43.65,
    lon: 51.17,
    timezone: 'Asia/Aqtau',
  },
].map((p) => placeSchema.parse(p));
/** One media source, `s`. */
export const FIXTURE_SOURCES = [
  {
    id: 's',
    data: sourceSchema.parse({
      title: 'S',
      publisher: 'P',
      published: '2022-01-05',
      kind: 'media',
      url: 'https://p.example/',
      lang: 'en',
    }),
  },
];

/**
 * An event record as the schema gives it: a protest reported by source `s`, in English, known to
 * the minute, with its id as its title; `patch` sets the rest (start and place at least).
 */
export const fixtureEvent = (id: string, patch: Record<string, unknown>) => ({
  id,
  data: eventSchema.parse({
    title: id,
    summary: 's',
    lang: 'en',
    type: 'protest',
    timePrecision: 'minute',
    sources: [{ id: 's' }],
    verification: 'reported',
    ...patch,
  }),
});

/** content/places.yaml of a throw-away project: Zhanaozen in its region. */
export const ZHANAOZEN_PLACES_YAML = `- id: mangystau-region
  kind: region
  name: { kk: Маңғыстау облысы, ru: Мангистауская область, en: Mangystau Region }
  lat: 43.65
  lon: 51.17
  timezone: Asia/Aqtau
- id: zhanaozen
  kind: city
  name: { kk: Жаңаөзен, ru: Жанаозен, en: Zhanaozen }
  region: mangystau-region
  lat: 43.34
  lon: 52.86
  timezone: Asia/Aqtau
`;

/** content/sources/<id>.md: a media report with an address. */
export const fixtureSource = (id: string) =>
  `---\ntitle: ${id}\npublisher: P\npublished: 2022-01-02\nkind: media\nurl: https://p.example/${id}\nlang: en\n---\n`;

/** A JSX runtime that only records what it is asked to build: enough to evaluate compiled MDX. */
export const recordingRuntime = {
  Fragment: Symbol('Fragment'),
  jsx: (type: unknown, props: unknown) => ({ type, props }),
  jsxs: (type: unknown, props: unknown) => ({ type, props }),
};

/** What hostile content would set if its code ran (the fixtures assign `globalThis.__qantarCanary`). */
export const canary = () => (globalThis as { __qantarCanary?: string }).__qantarCanary;
export const resetCanary = () => delete (globalThis as { __qantarCanary?: string }).__qantarCanary;
