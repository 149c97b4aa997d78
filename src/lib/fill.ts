/**
 * The one filler of UI templates, on the server and in the browser: `{name}` takes a value, and
 * `{name, plural, one {# событие} few {# события} many {# событий} other {# события}}` chooses
 * the form that the language's plural rules (Intl.PluralRules, CLDR) give for the number, with `#`
 * standing for the number written the language's way. It is the plural subset of ICU MessageFormat,
 * so a translator who knows ICU needs nothing new, and Russian gets "71 событие", not "71 событий".
 */
import type { Lang } from '../schema/enums.ts';
import { intlLocale, numberFormat as makeNumberFormat } from './intl.ts';

export type Params = Record<string, string | number>;

const rules = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();
const pluralRules = (lang: Lang) =>
  rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(intlLocale(lang))).get(lang)!;
const numberFormat = (lang: Lang) => numbers.get(lang) ?? numbers.set(lang, makeNumberFormat(lang)).get(lang)!;

/** The plural categories a language's numbers fall into (ru: one, few, many, other; en and kk: one, other). */
export const pluralCategories = (lang: Lang): readonly string[] => pluralRules(lang).resolvedOptions().pluralCategories;

/** The text between the braces that close at the same depth as the one opened at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in UI template: ${text}`);
}

/** Splits "one {…} few {…} other {…}" into its categories and their texts. */
export function pluralOptions(body: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^\s*([a-z]+|=\d+)\s*\{/.exec(body.slice(i));
    if (!m) {
      if (body.slice(i).trim()) throw new Error(`a plural option is "category {text}": ${body}`);
      break;
    }
    const open = i + m[0].length - 1;
    const close = closing(body, open);
    options.set(m[1]!, body.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

/** Fills a template in `lang`. A placeholder without a value is left as written, so it shows. */
export function fill(text: string, params: Params, lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    out += text.slice(i, open);
    const close = closing(text, open);
    const inner = text.slice(open + 1, close);
    const plural = /^(\w+),\s*plural,([\s\S]*)$/.exec(inner);
    const name = plural ? plural[1]! : inner.trim();
    const value = params[name];
    if (value === undefined) out += text.slice(open, close + 1);
    else if (!plural) out += String(value);
    else {
      const n = Number(value);
      const options = pluralOptions(plural[2]!);
      const chosen = options.get(`=${n}`) ?? options.get(pluralRules(lang).select(n)) ?? options.get('other') ?? '';
      out += fill(chosen.replaceAll('#', numberFormat(lang).format(n)), params, lang);
    }
    i = close + 1;
  }
  return out + text.slice(i);
}

/**
 * Problems with a template's plural forms in `lang`: every category the language uses must have a
 * form (a Russian "few" missing would print the "other" form for 2, 3, 4), and no other may appear.
 */
export function pluralProblems(text: string, lang: Lang): string[] {
  const problems: string[] = [];
  const wanted = pluralCategories(lang);
  for (const m of text.matchAll(/\{(\w+),\s*plural,/g)) {
    const open = m.index!;
    const body = text.slice(open + m[0].length, closing(text, open));
    const options = pluralOptions(body);
    for (const c of wanted) if (!options.has(c)) problems.push(`{${m[1]}, plural} has no "${c}" form`);
    for (const c of options.keys())
      if (!c.startsWith('=') && !wanted.includes(c))
        problems.push(`{${m[1]}, plural} has "${c}", which ${lang} does not use`);
  }
  return problems;
}
