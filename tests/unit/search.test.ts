import { describe, expect, it } from 'vitest';
import { foldKazakh, searchFold, KAZAKH_LETTERS } from '../../src/lib/fold.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { aliasGroups, hitPrefixes, indexTerms, russianForms, searchQuery, words } from '../../src/lib/search/terms.ts';
import { excerptSegments } from '../../src/lib/search/excerpt.ts';
import type { PlaceData } from '../../src/schema/place.ts';

const place = (id: string, kk: string, ru: string, en: string, kind: PlaceData['kind'] = 'city'): PlaceData => ({
  id,
  kind,
  name: { kk, ru, en },
  lat: 43.2,
  lon: 76.9,
  timezone: 'Asia/Almaty',
});
const almaty = place('almaty', 'Алматы', 'Алматы', 'Almaty');
const astana = place('nur-sultan', 'Нұр-Сұлтан (Астана)', 'Нур-Султан (Астана)', 'Nur-Sultan (Astana)');
const zhanaozen = place('zhanaozen', 'Жаңаөзен', 'Жанаозен', 'Zhanaozen');
const almatyCity = place('almaty-city', 'Алматы қаласы', 'Алматы (город)', 'Almaty (city)', 'region');
const country = place('kazakhstan', 'Қазақстан', 'Казахстан', 'Kazakhstan', 'country');
const groups = aliasGroups([country, almaty, astana, zhanaozen, almatyCity]);
const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('one Kazakh letter table', () => {
  it('folds every Kazakh letter in both cases and leaves the rest', () => {
    expect(foldKazakh('Ақтау ҚАҢТАР Жаңаөзен Тоқаев Үкімет Һ')).toBe('Актау КАНТАР Жанаозен Токаев Укимет Х');
    for (const [letter, { cyrillic }] of Object.entries(KAZAKH_LETTERS)) {
      expect(foldKazakh(letter)).toBe(cyrillic);
      expect(foldKazakh(letter.toUpperCase())).toBe(cyrillic.toUpperCase());
    }
  });
  it('compares as Pagefind indexes: lower case, ё as е, й as и', () => {
    expect(searchFold('Ёлка Қайрат')).toBe('елка каират');
  });
  it('is the table entry ids transliterate with', () => {
    expect(slugify('Жаңаөзендегі ереуіл')).toBe('zhangaozendegi-ereuil');
    expect(slugify('Қаңтар')).toBe('qangtar');
  });
});

describe('words an entry page is also found by', () => {
  it('adds the folded form of every Kazakh word, not only the title', () => {
    const terms = words(
      indexTerms({ text: 'Ақтау. Тоқаев мәлімдеме жасады, қызметкерлердің сөзі', lang: 'kk', own: [], groups }),
    );
    expect(terms).toEqual(expect.arrayContaining(['актау', 'токаев', 'малимдеме', 'кызметкерлердин', 'сози']));
    expect(terms).not.toContain('жасады'); // nothing to fold
  });
  it('adds every spelling of the places and people the text names, in any language', () => {
    const en = words(indexTerms({ text: "Protesters in Almaty's centre; Tokayev spoke", lang: 'en', own: [], groups }));
    expect(en).toEqual(expect.arrayContaining(['алматы', 'алма-ата', 'тоқаев', 'токаев', 'tokaev']));
    const ru = words(indexTerms({ text: 'В Нур-Султане и Жанаозене', lang: 'ru', own: [], groups }));
    expect(ru).toEqual(expect.arrayContaining(['astana', 'астана', 'нұр-сұлтан', 'janaozen', 'жаңаөзен', 'zhanaozen']));
  });
  it("adds the names of the entry's own place whatever the text says, but never the country's", () => {
    const terms = words(indexTerms({ text: 'A strike began.', lang: 'en', own: [zhanaozen], groups }));
    expect(terms).toEqual(expect.arrayContaining(['жаңаөзен', 'жанаозен', 'janaozen']));
    expect(words(indexTerms({ text: 'Kazakhstan', lang: 'en', own: [], groups }))).not.toContain('казахстан');
  });
  it('does not take a short name for the start of another word', () => {
    const oral = place('uralsk', 'Орал', 'Уральск', 'Uralsk (Oral)');
    expect(indexTerms({ text: 'Ол үйіне оралды', lang: 'kk', own: [], groups: aliasGroups([oral]) })).not.toContain(
      'уральск',
    );
    expect(indexTerms({ text: 'Орал қаласында', lang: 'kk', own: [], groups: aliasGroups([oral]) })).toContain(
      'уральск',
    );
  });
  it('joins Russian forms the stemmer keeps apart, on Russian text only', () => {
    expect(russianForms('пытки')).toEqual(['пыток']);
    expect(russianForms('Пыток')).toEqual(['пытки', 'пытка']);
    expect(russianForms('забастовками')).toEqual(['забастовок']);
    expect(russianForms('девушки')).toEqual(['девушек']);
    expect(russianForms('рука')).toEqual([]);
    expect(words(indexTerms({ text: 'сообщения о пытках', lang: 'ru', own: [], groups }))).toContain('пыток');
    expect(words(indexTerms({ text: 'reports of torture', lang: 'en', own: [], groups }))).toEqual([]);
  });
  it("adds every published spelling of a named person's name when the text gives one of them", () => {
    const named = aliasGroups([almaty], [['Арман Жұмагелдиев', 'Арман Джумагельдиев', 'Arman Dzhumageldiyev']]);
    const terms = words(indexTerms({ text: 'Arman Dzhumageldiyev was sentenced', lang: 'en', own: [], groups: named }));
    expect(terms).toEqual(expect.arrayContaining(['арман', 'джумагельдиев', 'жұмагелдиев', 'жумагелдиев']));
    // a full name is one spelling: a first name alone is not the person
    expect(words(indexTerms({ text: 'Arman spoke', lang: 'en', own: [], groups: named }))).toEqual([]);
  });
  it('never repeats a word the text already has', () => {
    expect(indexTerms({ text: 'Актау и Ақтау', lang: 'ru', own: [], groups: [] })).toBe('');
  });
});

describe('the query and its excerpt', () => {
  it('folds the query so both spellings meet', () => {
    expect(searchQuery('Тоқаев')).toBe(searchQuery('Токаев'));
    expect(searchQuery('Жаңаөзен')).toBe('Жанаозен');
    expect(searchQuery('Нұр-Сұлтан')).toBe('Нур Султан'); // not "nursultan", the first name of Nazarbayev
  });
  it('marks the words of the text whatever spelling was typed', () => {
    const text = 'Президент Тоқаев Алматыда сөйледі. Жаңаөзенде ереуіл жалғасты.';
    expect(marked(excerptSegments(text, hitPrefixes('Токаев', groups)))).toEqual(['Тоқаев']);
    expect(marked(excerptSegments(text, hitPrefixes('жанаозен', groups)))).toEqual(['Жаңаөзенде']);
    expect(marked(excerptSegments('Clashes in Almaty, then Almaty airport.', hitPrefixes('Алматы', groups)))).toEqual([
      'Almaty',
      'Almaty',
    ]);
    expect(marked(excerptSegments('сообщения о пытках и пытки', hitPrefixes('пыток', groups)))).toEqual([
      'пытках',
      'пытки',
    ]);
  });
  it('shows the text around the first hit, with punctuation outside the mark', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`)
      .join(' ')
      .replace('w60', '«Тоқаев»,');
    const segments = excerptSegments(text, hitPrefixes('тоқаев', groups));
    const shown = segments.map((s) => s.text).join('');
    expect(shown.startsWith('… w50 ')).toBe(true);
    expect(shown).toContain('«Тоқаев», w61');
    expect(marked(segments)).toEqual(['Тоқаев']);
    expect(shown.endsWith(' …')).toBe(true);
  });
  it('shows the start of the text when nothing was typed', () => {
    expect(excerptSegments('one two three', [])).toEqual([{ text: 'one two three', mark: false }]);
  });
});
