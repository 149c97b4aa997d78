/**
 * Every figure as a sentence a journalist can quote: the number, what it counts, who stated it
 * (and who relays it), as of when, and whether it was withdrawn, in the page's language with the
 * plural forms of that language.
 */
import type { Lang } from '../schema/enums.ts';
import { formatDay } from './dates.ts';
import { formatCount, whoStated, type ReportedFigure } from './figures.ts';

import type { Translate, UiKey } from '../i18n/index.ts';

/** Keys built from enum values; src/i18n fails the build if one is missing in any language. */
const key = (k: string) => k as UiKey;

const ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Picks the form for `n` from "form|form|…", written in the order zero, one, two, few, many,
 * other, keeping only the categories the language has (en: one|other; ru: one|few|many|other).
 * A single form serves every number (Kazakh nouns do not change after a numeral).
 */
export function pluralForm(forms: string, n: number, lang: Lang): string {
  const list = forms.split('|');
  if (list.length === 1) return list[0]!;
  const rules = new Intl.PluralRules(lang);
  const categories = ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  return list[categories.indexOf(rules.select(n))] ?? list.at(-1)!;
}

/** "3,811 people detained" / "задержаны 3 811 человек" / "3 811 адам ұсталды". */
export function figureWhat(
  f: Pick<ReportedFigure, 'count' | 'qualifier' | 'group' | 'measure'>,
  lang: Lang,
  t: Translate,
): string {
  // a range agrees with its upper bound ("5 135–5 969 человек")
  const n = typeof f.count === 'number' ? f.count : f.count.max;
  return t('fig.what', {
    count: formatCount(f.count, lang, f.qualifier),
    group: pluralForm(t(key(`fig.group.${f.group}`)), n, lang),
    measure: pluralForm(t(key(`fig.measure.${f.measure}`)), n, lang),
  });
}

/** "Interior Ministry, via TASS", or the publisher alone when it stated the number itself. */
export function figureWho(f: Pick<ReportedFigure, 'statedBy' | 'source'>, lang: Lang, t: Translate): string {
  const who = whoStated(f, lang);
  return who.via ? t('fig.via', { body: who.body, publisher: who.via }) : who.body;
}

/** The whole sentence, first letter capitalised, without a final full stop. */
export function figureSentence(f: ReportedFigure, lang: Lang, t: Translate): string {
  const sentence = t('fig.sentence', {
    what: figureWhat(f, lang, t),
    who: figureWho(f, lang, t),
    date: formatDay(f.asOf, lang),
  });
  const full = f.withdrawn ? t('fig.sentenceWithdrawn', { sentence }) : sentence;
  return full.charAt(0).toLocaleUpperCase(lang) + full.slice(1);
}
