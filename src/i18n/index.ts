/**
 * UI strings, one flat JSON file per language. Each file is parsed against the English key set:
 * a missing, empty or extra key throws at import time, so the build fails instead of showing a
 * fallback in the wrong language.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../schema/enums.ts';
import { fill, pluralProblems, type Params } from '../lib/fill.ts';
// One folder per area of the site, each with kk.json, ru.json and en.json (flat dotted keys).
import coreEn from './core/en.json' with { type: 'json' };
import coreRu from './core/ru.json' with { type: 'json' };
import coreKk from './core/kk.json' with { type: 'json' };
import exploreEn from './explore/en.json' with { type: 'json' };
import exploreRu from './explore/ru.json' with { type: 'json' };
import exploreKk from './explore/kk.json' with { type: 'json' };
import dataEn from './data/en.json' with { type: 'json' };
import dataRu from './data/ru.json' with { type: 'json' };
import dataKk from './data/kk.json' with { type: 'json' };
import contributeEn from './contribute/en.json' with { type: 'json' };
import contributeRu from './contribute/ru.json' with { type: 'json' };
import contributeKk from './contribute/kk.json' with { type: 'json' };
import offlineEn from './offline/en.json' with { type: 'json' };
import offlineRu from './offline/ru.json' with { type: 'json' };
import offlineKk from './offline/kk.json' with { type: 'json' };
import peopleEn from './people/en.json' with { type: 'json' };
import peopleRu from './people/ru.json' with { type: 'json' };
import peopleKk from './people/kk.json' with { type: 'json' };
import archiveEn from './archive/en.json' with { type: 'json' };
import archiveRu from './archive/ru.json' with { type: 'json' };
import archiveKk from './archive/kk.json' with { type: 'json' };
import figuresEn from './figures/en.json' with { type: 'json' };
import figuresRu from './figures/ru.json' with { type: 'json' };
import figuresKk from './figures/kk.json' with { type: 'json' };
import storiesEn from './stories/en.json' with { type: 'json' };
import storiesRu from './stories/ru.json' with { type: 'json' };
import storiesKk from './stories/kk.json' with { type: 'json' };

const en = {
  ...coreEn,
  ...exploreEn,
  ...dataEn,
  ...contributeEn,
  ...offlineEn,
  ...peopleEn,
  ...archiveEn,
  ...figuresEn,
  ...storiesEn,
};
const ru = {
  ...coreRu,
  ...exploreRu,
  ...dataRu,
  ...contributeRu,
  ...offlineRu,
  ...peopleRu,
  ...archiveRu,
  ...figuresRu,
  ...storiesRu,
};
const kk = {
  ...coreKk,
  ...exploreKk,
  ...dataKk,
  ...contributeKk,
  ...offlineKk,
  ...peopleKk,
  ...archiveKk,
  ...figuresKk,
  ...storiesKk,
};

export type UiKey = keyof typeof en;

const keys = Object.keys(en) as [UiKey, ...UiKey[]];
const dictionary = z
  .object(
    Object.fromEntries(keys.map((k) => [k, z.string().min(1, { error: `empty string for "${k}"` })])) as Record<
      UiKey,
      z.ZodString
    >,
  )
  .strict();

function parse(lang: Lang, raw: unknown): Record<UiKey, string> {
  const result = dictionary.safeParse(raw);
  if (!result.success)
    throw new Error(
      `src/i18n/*/${lang}.json: ${result.error.issues.map((i) => `${i.path.join('.') || (i as { keys?: string[] }).keys?.join(', ')}: ${i.message}`).join('; ')}`,
    );
  // a plural form missing for this language would print another form's words: refuse to build
  const plurals = Object.entries(result.data).flatMap(([k, text]) =>
    pluralProblems(text, lang).map((p) => `${k}: ${p}`),
  );
  if (plurals.length) throw new Error(`src/i18n/*/${lang}.json: ${plurals.join('; ')}`);
  return result.data;
}

export const strings: Record<Lang, Record<UiKey, string>> = {
  kk: parse('kk', kk),
  ru: parse('ru', ru),
  en: parse('en', en),
};

export type Translate = (key: UiKey, params?: Params) => string;

/** The translator of one language: placeholders and plural forms are filled by src/lib/fill.ts. */
export function useTranslations(lang: Lang): Translate {
  const table = strings[lang];
  return (key, params) => {
    const text = table[key];
    if (text === undefined) throw new Error(`missing UI string "${key}" for ${lang}`);
    return params ? fill(text, params, lang) : text;
  };
}

/** A key built from an enum value (`type.protest`), checked to exist. */
export function enumKey(prefix: string, value: string): UiKey {
  const key = `${prefix}.${value}`;
  if (!(key in en)) throw new Error(`no UI string "${key}": add it to src/i18n/{kk,ru,en}.json`);
  return key as UiKey;
}

/**
 * Any language's name in the page's language ("французский", "француз тілі"), from the runtime's
 * CLDR data: sources come in more languages than the site has, so their names are not in our tables.
 */
export function languageName(code: string, lang: Lang): string {
  return new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' }).of(code) ?? code;
}

export { LANGS, type Lang };
