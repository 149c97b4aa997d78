import { describe, expect, it } from 'vitest';
import { fill, pluralProblems } from '../../src/lib/fill.ts';
import { strings, useTranslations } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/schema/enums.ts';

const EVENTS_RU = '{count, plural, one {# событие} few {# события} many {# событий} other {# события}}';

describe('one filler for UI templates', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
  });
  it('chooses the Russian form by the number, as a reader would write it', () => {
    expect(fill(EVENTS_RU, { count: 1 }, 'ru')).toBe('1 событие');
    expect(fill(EVENTS_RU, { count: 22 }, 'ru')).toBe('22 события');
    expect(fill(EVENTS_RU, { count: 71 }, 'ru')).toBe('71 событие');
    expect(fill(EVENTS_RU, { count: 11 }, 'ru')).toBe('11 событий');
    expect(fill(EVENTS_RU, { count: 136 }, 'ru')).toBe('136 событий');
  });
  it('writes English singular and plural, and numbers the language’s way', () => {
    const t = useTranslations('en');
    expect(t('timeline.count', { count: 1 })).toBe('1 event');
    expect(t('timeline.count', { count: 2 })).toBe('2 events');
    expect(fill('{n, plural, one {# item} other {# items}}', { n: 1500 }, 'ru')).toBe('1\u00a0500 items');
  });
  it('reports a plural template that lacks a form the language needs', () => {
    expect(pluralProblems('{count, plural, one {# событие} other {# событий}}', 'ru')).toEqual([
      '{count, plural} has no "few" form',
      '{count, plural} has no "many" form',
    ]);
    expect(pluralProblems(EVENTS_RU, 'ru')).toEqual([]);
  });
  it('no UI string in any language lacks a plural form (the tables are checked at import)', () => {
    for (const lang of LANGS)
      for (const text of Object.values(strings[lang])) expect(pluralProblems(text, lang)).toEqual([]);
  });
  it('no Russian UI string puts a number before a noun it cannot agree with', () => {
    const bad = Object.entries(strings.ru).filter(
      ([, v]) => /\{(count|total)\} (событий|записей)/.test(v) || /\((а|о)\)/.test(v),
    );
    expect(bad).toEqual([]);
    expect(useTranslations('ru')('home.allEvents', { count: 71 })).toBe('Все события по порядку (71)');
  });
});
