/**
 * Kazakh letters as many readers type them on a Russian keyboard (қ→к, ұ and ү→у, ә→а, ө→о,
 * ғ→г, ң→н, і→и, һ→х). Pagefind does not fold these itself, so the Kazakh page of an entry
 * carries a folded copy of its title and summary: "актау" then finds "Ақтау".
 */
const FOLD: Record<string, string> = { қ: 'к', ұ: 'у', ү: 'у', ә: 'а', ө: 'о', ғ: 'г', ң: 'н', і: 'и', һ: 'х' };

export function foldKazakh(text: string): string {
  return text.replace(/[құүәөғңіһ]/giu, (c) => {
    const lower = FOLD[c.toLowerCase()]!;
    return c === c.toLowerCase() ? lower : lower.toUpperCase();
  });
}
