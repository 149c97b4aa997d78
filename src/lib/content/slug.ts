/**
 * Entry ids from titles. Ids are permanent ASCII (`YYYY-MM-DD-kebab-slug`), while titles are often
 * in Kazakh or Russian: Cyrillic is transliterated, Kazakh letters included, so "Жаңаөзендегі
 * ереуіл" gives "zhanaozendegi-ereuil" rather than an empty slug.
 */
import { KAZAKH_LETTERS } from '../fold.ts';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ...Object.fromEntries(Object.entries(KAZAKH_LETTERS).map(([letter, { latin }]) => [letter, latin])),
};

/** At most this many words, so ids stay readable in URLs. */
const MAX_WORDS = 6;
const MAX_LENGTH = 60;

export function slugify(text: string): string {
  const latin = [...text.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  const words = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words.slice(0, MAX_WORDS)) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || 'entry';
}

/** `2022-01-05` + "Clashes in Almaty" → `2022-01-05-clashes-in-almaty`. */
export function eventId(start: string, title: string, slug?: string): string {
  return `${start.slice(0, 10)}-${slug ? slugify(slug) : slugify(title)}`;
}
