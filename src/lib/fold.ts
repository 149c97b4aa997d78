/**
 * The one table of Kazakh letters in the codebase. Each letter the Russian alphabet lacks has the
 * Russian letter readers type for it on a Russian keyboard (қ→к, ұ and ү→у, ә→а, ө→о, ғ→г, ң→н,
 * і→и, һ→х) and the Latin letters that entry ids use for it. Search folds both the query and the
 * indexed words with it ("актау" finds "Ақтау"); `npm run new` compares place names with it;
 * entry ids transliterate with it.
 */
export const KAZAKH_LETTERS = {
  ә: { cyrillic: 'а', latin: 'a' },
  ғ: { cyrillic: 'г', latin: 'g' },
  қ: { cyrillic: 'к', latin: 'q' },
  ң: { cyrillic: 'н', latin: 'ng' },
  ө: { cyrillic: 'о', latin: 'o' },
  ұ: { cyrillic: 'у', latin: 'u' },
  ү: { cyrillic: 'у', latin: 'u' },
  һ: { cyrillic: 'х', latin: 'h' },
  і: { cyrillic: 'и', latin: 'i' },
} as const satisfies Record<string, { cyrillic: string; latin: string }>;

type KazakhLetter = keyof typeof KAZAKH_LETTERS;
const LETTERS = new RegExp(`[${Object.keys(KAZAKH_LETTERS).join('')}]`, 'giu');

/** "Ақтау" → "Актау", "ҚАҢТАР" → "КАНТАР": Kazakh letters as typed on a Russian keyboard, case kept. */
export function foldKazakh(text: string): string {
  return text.replace(LETTERS, (c) => {
    const lower = c.toLowerCase() as KazakhLetter;
    const folded = KAZAKH_LETTERS[lower].cyrillic;
    return c === lower ? folded : folded.toUpperCase();
  });
}

/**
 * The form search compares: lower case, Kazakh letters folded, then combining marks dropped as
 * Pagefind drops them when it indexes (NFD, so ё is е and й is и).
 */
export function searchFold(text: string): string {
  return foldKazakh(text.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
