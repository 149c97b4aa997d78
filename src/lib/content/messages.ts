/**
 * The validator's messages in the contributor's language: the catalogue of each language, by the
 * message ids of src/schema/messages.ts. English is the schemas' own text, so `path:line: field:
 * message` in English stays what CI and editors read. Command-line tools take the language from
 * `--lang` or the machine's locale.
 */
import { LANGS, type Lang } from '../../schema/enums.ts';
import { EN, type Catalogue } from '../../schema/messages.ts';
import { KK } from './messages.kk.ts';
import { RU } from './messages.ru.ts';

export const CATALOGUES: Record<Lang, Catalogue> = { kk: KK, ru: RU, en: EN };

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
