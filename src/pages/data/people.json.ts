import type { APIRoute } from 'astro';
import { getPeople } from '../../data.ts';
import { peopleJson } from '../../lib/exports/people.ts';
import { useTranslations } from '../../i18n/index.ts';
import { exportContext, fileMeta, json } from '../../data-exports.ts';

const translators = { kk: useTranslations('kk'), ru: useTranslations('ru'), en: useTranslations('en') };

export const GET: APIRoute = async ({ site }) =>
  json(peopleJson(await exportContext(site), await getPeople(), translators, fileMeta('people')));
