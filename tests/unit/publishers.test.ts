/**
 * Publishers' names in the reader's language: the local form where one is established, the name as
 * recorded otherwise; every name in the table is one that a source record really uses.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PUBLISHER_NAMES, publisherName } from '../../src/lib/publishers.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { whoStated } from '../../src/lib/figures.ts';

const content = loadContent(join(import.meta.dirname, '../..'));

describe('publisher names', () => {
  it('names Radio Azattyq in each language as its readers know it', () => {
    expect(publisherName('Радио Азаттык (RFE/RL)', 'kk')).toBe('Азаттық радиосы (RFE/RL)');
    expect(publisherName('Радио Азаттык (RFE/RL)', 'ru')).toBe('Радио Азаттык (RFE/RL)');
    expect(publisherName('Радио Азаттык (RFE/RL)', 'en')).toBe('Radio Azattyq (RFE/RL)');
    expect(publisherName('International Foundation for Freedom of Speech Protection "Adil Soz"', 'ru')).toContain(
      '«Әділ сөз»',
    );
  });

  it('keeps the recorded name where no local form is known', () => {
    expect(publisherName('Vlast.kz', 'kk')).toBe('Vlast.kz');
    expect(publisherName('Human Rights Watch', 'ru')).toBe('Human Rights Watch');
  });

  it('lists only names that source records use, in the scripts of their languages', () => {
    const recorded = new Set(content.sources.map((s) => s.data.publisher));
    for (const [name, forms] of Object.entries(PUBLISHER_NAMES)) {
      expect(recorded, name).toContain(name);
      if (forms.ru) expect(forms.ru, name).toMatch(/[а-яё]/i);
      if (forms.kk) expect(forms.kk, name).toMatch(/[а-яәғқңөұүһі]/i);
      if (forms.en) expect(forms.en, name).not.toMatch(/[а-яё]/i);
    }
  });

  it('says who stated a relayed figure with the relaying publisher in the local form', () => {
    const source = content.sources.find((s) => s.data.publisher === 'TASS')!;
    const f = { statedBy: { kind: 'state' as const, name: { kk: 'ІІМ', ru: 'МВД', en: 'Interior Ministry' } }, source };
    expect(whoStated(f, 'ru')).toEqual({ body: 'МВД', via: 'ТАСС' });
    expect(whoStated(f, 'en')).toEqual({ body: 'Interior Ministry', via: 'TASS' });
  });
});
