/** The Intl locale of each site language, and the number formats built on it (one place for both). */
import type { Lang } from '../schema/enums.ts';

/** British English for en, as the site writes the day before the month. */
export const intlLocale = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang);

/** Numbers the way the language writes them ("1 500" with a narrow space in kk and ru). */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(lang), options);
}
