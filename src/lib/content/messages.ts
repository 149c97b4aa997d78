/**
 * The validator's messages in the contributor's language. The checks themselves speak English
 * (one text per rule, kept in the schema where the rule is); this module recognises each English
 * message by its template in messages-catalogue.ts and writes it in Kazakh or Russian with the
 * same values. English output is returned untouched, so `path:line: field: message` stays stable
 * for CI and editors.
 */
import { LANGS, type Lang } from '../../schema/enums.ts';
import { CATALOGUE, PARAM_WORDS, type Translations } from './messages-catalogue.ts';
import type { Problem } from './issues.ts';

type Kind = 'msg' | keyof typeof PARAM_WORDS;

interface Compiled {
  re: RegExp;
  params: { name: string; kind?: Kind }[];
  /** Length of the fixed text: when two templates match, the more specific one wins. */
  literal: number;
  target: Translations;
}

const PLACEHOLDER = /\{\{(\w+)(?::(\w+))?\}\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(template: string, target: Translations): Compiled {
  let re = '^';
  let last = 0;
  const params: Compiled['params'] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    re += escape(template.slice(last, m.index));
    const kind = m[2] as Kind | undefined;
    // a comparison is glued to its number (">=1"): only its known spellings may match
    re += kind === 'cmp' ? `(${Object.keys(PARAM_WORDS.cmp).map(escape).join('|')})` : '(.*?)';
    params.push({ name: m[1]!, kind });
    last = m.index + m[0].length;
  }
  re += `${escape(template.slice(last))}$`;
  return { re: new RegExp(re, 's'), params, literal: template.replace(PLACEHOLDER, '').length, target };
}

const COMPILED = Object.entries(CATALOGUE).map(([en, target]) => compile(en, target));

/**
 * The catalogue entry that produced this English message, with its values; undefined if none.
 * When several templates match, the one that explains most of the text wins: its fixed text plus
 * that of the messages nested in it (so "at most 300 characters (found …)" is the wrapper around
 * a known message, not one long value).
 */
export function recognise(message: string): { target: Translations; values: Record<string, { value: string; kind?: Kind }>; score: number } | undefined {
  let best: ReturnType<typeof recognise>;
  for (const c of COMPILED) {
    const m = c.re.exec(message);
    if (!m) continue;
    let score = c.literal;
    const values: Record<string, { value: string; kind?: Kind }> = {};
    c.params.forEach((p, i) => {
      const value = m[i + 1]!;
      values[p.name] = { value, kind: p.kind };
      if (p.kind === 'msg') score += recognise(value)?.score ?? 0;
    });
    if (!best || score > best.score) best = { target: c.target, values, score };
  }
  return best;
}

/** One validator message in `lang`. An English message without a catalogue entry is returned as is. */
export function translate(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const found = recognise(message);
  if (!found) return message;
  return found.target[lang].replace(PLACEHOLDER, (whole, name: string) => {
    const v = found.values[name];
    if (!v) return whole;
    if (v.kind === 'msg') return translate(v.value, lang);
    if (v.kind) return PARAM_WORDS[v.kind][v.value]?.[lang] ?? v.value;
    return v.value;
  });
}

export function localizeProblem(p: Problem, lang: Lang): Problem {
  return lang === 'en' ? p : { ...p, message: translate(p.message, lang) };
}

const isLang = (v: string | undefined): v is Lang => !!v && (LANGS as readonly string[]).includes(v);

/**
 * The language of a command-line tool: `--lang kk|ru|en` (or `--lang=ru`), else the machine's
 * locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them: "ru_RU.UTF-8" → ru), else en.
 */
export function resolveLang(argv: readonly string[], env: Record<string, string | undefined>): { lang: Lang; error?: string } {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) {
    const value = argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
    if (isLang(value)) return { lang: value };
    return { lang: 'en', error: `--lang must be one of ${LANGS.join(', ')} (got ${JSON.stringify(value ?? '')})` };
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = locale.slice(0, 2).toLowerCase();
  return { lang: isLang(code) ? code : 'en' };
}
