import type { APIRoute } from 'astro';
import { getPeople } from '../../data.ts';
import { peopleCsv } from '../../lib/exports/people.ts';
import { useTranslations } from '../../i18n/index.ts';
import { exportContext } from '../../data-exports.ts';

const translators = { kk: useTranslations('kk'), ru: useTranslations('ru'), en: useTranslations('en') };

export const GET: APIRoute = async ({ site }) =>
  new Response(peopleCsv(await exportContext(site), await getPeople(), translators), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
