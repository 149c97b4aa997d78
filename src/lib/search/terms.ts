/**
 * What search needs beyond the words of an entry. Pagefind matches words as written (after lower
 * case and dropping combining marks), stems Russian and English, and has no stemmer for Kazakh.
 * So each entry page carries, in a Pagefind meta field that is searched but never shown in an
 * excerpt, the words a reader may type instead of its own: Kazakh words with Kazakh letters
 * folded ("Ақтау" → "актау"), every spelling of the places and people it names ("Almaty" →
 * "Алматы", "Алма-Ата"), and Russian forms the stemmer keeps apart ("пытки" ↔ "пыток").
 * The query is folded the same way, so "Тоқаев" and "Токаев" meet.
 */
import type { PlaceData } from '../../schema/place.ts';
import { foldKazakh, searchFold } from '../fold.ts';
import { NAME_ALIASES, PLACE_ALIASES } from './aliases.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const VOWEL_END = /[аеёиоуыэюяaeiouy]$/u;

/** A word as Pagefind indexes it: lower case, combining marks dropped (ё → е), Kazakh letters kept. */
function asIndexed(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The words of a text, as written. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The part of a folded name that its inflected forms share: "алматы" → "алмат" (Алматыда,
 * Алматинская), "астана" → "астан" (Астане, Астананың). Names of four letters or fewer stay
 * whole and match only whole words, so "Орал" does not match "оралды".
 */
function stem(folded: string): string {
  return folded.length >= 5 ? folded.replace(VOWEL_END, '') : folded;
}

const mentionRes = new Map<string, RegExp>();

/** Whether a folded text names this place or person, in any inflected form (compiled once per name). */
function mentions(foldedText: string, name: string): boolean {
  let re = mentionRes.get(name);
  if (!re) {
    const folded = searchFold(name);
    const s = stem(folded);
    const tail = s === folded && folded.length <= 4 ? '(?![\\p{L}\\p{N}])' : '';
    re = new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${tail}`, 'u');
    mentionRes.set(name, re);
  }
  return re.test(foldedText);
}

/** "Nur-Sultan (Astana)" → Nur-Sultan, Astana; "Almaty (city)" → Almaty (a lower-case aside is not a name). */
function placeNames(place: PlaceData): string[] {
  return Object.values(place.name).flatMap((name) => {
    const m = /^(.*?)\s*\((.+)\)$/.exec(name);
    if (!m) return [name];
    return /^\p{Lu}/u.test(m[2]!) ? [m[1]!, m[2]!] : [m[1]!];
  });
}

/**
 * Every spelling of each place (but the country, which every entry is in) and of each person: the
 * press spellings of NAME_ALIASES, and the published names of the register (`names`, one group per
 * person with a publication basis: never a record without one). A full name is matched as written
 * (an inflected "Джумагельдиевым" is not), and its first name alone never is.
 */
export function aliasGroups(places: Iterable<PlaceData>, names: Iterable<readonly string[]> = []): string[][] {
  const groups: string[][] = [];
  for (const place of places) {
    if (place.kind === 'country') continue;
    groups.push([...new Set([...placeNames(place), ...(PLACE_ALIASES[place.id] ?? [])])]);
  }
  return [...groups, ...NAME_ALIASES.map((g) => [...g]), ...[...names].map((g) => [...new Set(g)])];
}

/** The groups of spellings of one place, for an entry placed there whatever its text says. */
export function placeGroup(place: PlaceData): string[] {
  return [...placeNames(place), ...(PLACE_ALIASES[place.id] ?? [])];
}

/**
 * Russian nouns whose stem loses or gains a vowel in the genitive plural, which the stemmer does
 * not join: пытка/пытки/пыткам ↔ пыток, забастовки ↔ забастовок, девушки ↔ девушек.
 */
export function russianForms(word: string): string[] {
  const w = word.toLowerCase();
  const withK = /^(.*[бвгджзклмнпрстфхцчшщ])к(?:а|и|у|е|ой|ам|ами|ах)$/u.exec(w);
  if (withK && withK[1]!.length >= 2) return [`${withK[1]}${/[жчшщц]$/u.test(withK[1]!) ? 'е' : 'о'}к`];
  const genitive = /^(.*[бвгджзклмнпрстфхцчшщ])[оеё]к$/u.exec(w);
  if (genitive && genitive[1]!.length >= 2) return [`${genitive[1]}ки`, `${genitive[1]}ка`];
  return [];
}

export interface IndexTermsInput {
  /** Everything the entry page shows as its text: title, summary, account. */
  text: string;
  /** The language of the page (Russian forms are added on Russian pages). */
  lang: string;
  /** The entry's place and region: every spelling of them is added whatever the text says. */
  own: readonly PlaceData[];
  groups: readonly (readonly string[])[];
}

/** Every spelling's stem, compiled once per list of groups into one pattern (a build has one list). */
const compiledGroups = new WeakMap<
  readonly (readonly string[])[],
  { re: RegExp; stems: { stem: string; whole: boolean; groups: number[] }[] }
>();

function groupsMentioned(foldedText: string, groups: readonly (readonly string[])[]): Set<number> {
  let compiled = compiledGroups.get(groups);
  if (!compiled) {
    const byStem = new Map<string, { stem: string; whole: boolean; groups: number[] }>();
    groups.forEach((group, i) => {
      for (const name of group) {
        const folded = searchFold(name);
        const entry = { stem: stem(folded), whole: folded.length <= 4 };
        const key = `${entry.stem}|${entry.whole}`;
        (byStem.get(key) ?? byStem.set(key, { ...entry, groups: [] }).get(key)!).groups.push(i);
      }
    });
    const stems = [...byStem.values()];
    const alternatives = stems
      .map((s) => s.stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    compiled = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})`, 'gu'), stems };
    compiledGroups.set(groups, compiled);
  }
  const found = new Set<number>();
  for (const m of foldedText.matchAll(compiled.re)) {
    // several stems may begin here ("алмат", "алматы"): check each against the text
    for (const s of compiled.stems) {
      if (!foldedText.startsWith(s.stem, m.index)) continue;
      if (s.whole && /[\p{L}\p{N}]/u.test(foldedText[m.index + s.stem.length] ?? '')) continue;
      s.groups.forEach((g) => found.add(g));
    }
  }
  return found;
}

/** The extra words an entry page is found by, space-separated, without the words it already has. */
export function indexTerms({ text, lang, own, groups }: IndexTermsInput): string {
  // The whole text is normalised once, then split: Kazakh folding maps letter to letter, so the
  // folded words line up with the written ones.
  const indexed = asIndexed(text);
  const written = words(indexed);
  const foldedText = foldKazakh(indexed);
  const folded = words(foldedText);
  const have = new Set(written);
  const extra = new Set<string>();
  const add = (w: string) => {
    for (const form of new Set([asIndexed(w), asIndexed(foldKazakh(w))])) if (!have.has(form)) extra.add(form);
  };
  for (let i = 0; i < written.length; i++) if (folded[i] !== written[i] && !have.has(folded[i]!)) extra.add(folded[i]!);
  if (lang === 'ru') for (const w of have) russianForms(w).forEach(add);
  for (const g of groupsMentioned(foldedText, groups)) groups[g]!.flatMap(words).forEach(add);
  for (const place of own) placeGroup(place).flatMap(words).forEach(add);
  return [...extra].join(' ');
}

/**
 * The query as Pagefind should see it: Kazakh letters folded, so both spellings meet the folded
 * index words; a hyphenated name as its parts, because Pagefind also reads "Nur-Sultan" as
 * "nursultan" and would find every "Nursultan Nazarbayev" with it.
 */
export function searchQuery(query: string): string {
  return foldKazakh(query).replace(/(?<=[\p{L}\p{N}])[-‐‑–](?=[\p{L}\p{N}])/gu, ' ');
}

/** Folded prefixes that mark a word of an excerpt as a hit of this query, spellings of its names included. */
export function hitPrefixes(query: string, groups: readonly (readonly string[])[]): string[] {
  const prefixes = new Set<string>();
  for (const w of words(query)) {
    const folded = searchFold(w);
    if (folded.length < 2) continue;
    prefixes.add(stem(folded));
    for (const form of russianForms(w)) prefixes.add(stem(searchFold(form)));
    for (const group of groups)
      if (group.some((name) => stem(searchFold(name)) === stem(folded) || mentions(folded, name))) {
        for (const name of group) for (const part of words(name)) prefixes.add(stem(searchFold(part)));
      }
  }
  return [...prefixes];
}
