/** Short labels for chart axes and rows, in the page's language (British English for en, as the dates of the site). */
import type { Lang } from '../../schema/enums.ts';

export const intlLocale = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang);

/** A day or month (`2022-01-09`, `2022-03`) at noon UTC, so no zone can move it. */
const instant = (day: string) => new Date(`${day.length === 7 ? `${day}-01` : day}T12:00:00Z`);

/** "9 Jan", "9 янв.", "9 қаң.". */
export function shortDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(instant(day));
}

/** "9 Jan 2022", "9 янв. 2022 г.", "2022 ж. 9 қаң."; a month-only value without its day. */
export function shortDate(day: string, lang: Lang): string {
  const opts: Intl.DateTimeFormatOptions = day.length === 7 ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(lang), { ...opts, timeZone: 'UTC' }).format(instant(day));
}

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(lang), options);
}
