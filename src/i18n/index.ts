/**
 * UI strings, one flat JSON file per language. Each file is parsed against the English key set:
 * a missing, empty or extra key throws at import time, so the build fails instead of showing a
 * fallback in the wrong language.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../schema/enums.ts';
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
import storiesEn from './stories/en.json' with { type: 'json' };
import storiesRu from './stories/ru.json' with { type: 'json' };
import storiesKk from './stories/kk.json' with { type: 'json' };

const en = { ...coreEn, ...exploreEn, ...dataEn, ...contributeEn, ...offlineEn, ...storiesEn };
const ru = { ...coreRu, ...exploreRu, ...dataRu, ...contributeRu, ...offlineRu, ...storiesRu };
const kk = { ...coreKk, ...exploreKk, ...dataKk, ...contributeKk, ...offlineKk, ...storiesKk };

export type UiKey = keyof typeof en;

const keys = Object.keys(en) as [UiKey, ...UiKey[]];
const dictionary = z
  .object(Object.fromEntries(keys.map((k) => [k, z.string().min(1, { error: `empty string for "${k}"` })])) as Record<UiKey, z.ZodString>)
  .strict();

function parse(lang: Lang, raw: unknown): Record<UiKey, string> {
  const result = dictionary.safeParse(raw);
  if (!result.success)
    throw new Error(
      `src/i18n/${lang}.json: ${result.error.issues.map((i) => `${i.path.join('.') || (i as { keys?: string[] }).keys?.join(', ')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}

export const strings: Record<Lang, Record<UiKey, string>> = { kk: parse('kk', kk), ru: parse('ru', ru), en: parse('en', en) };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** The translator of one language. `{name}` placeholders are filled from params. */
export function useTranslations(lang: Lang): Translate {
  const table = strings[lang];
  return (key, params) => {
    const text = table[key];
    if (text === undefined) throw new Error(`missing UI string "${key}" for ${lang}`);
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}

/** A key built from an enum value (`type.protest`), checked to exist. */
export function enumKey(prefix: string, value: string): UiKey {
  const key = `${prefix}.${value}`;
  if (!(key in en)) throw new Error(`no UI string "${key}": add it to src/i18n/{kk,ru,en}.json`);
  return key as UiKey;
}

export { LANGS, type Lang };
