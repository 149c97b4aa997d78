/**
 * Figures say who stated them: the side comes from the stating body, never from the medium that
 * relays it; a change is only shown between statements of the same series; every figure reads as
 * a sentence in kk, ru and en with the right plural forms.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  changes,
  formatCount,
  headlineFigures,
  kazakhAblative,
  reportedFigures,
  seriesKey,
  type ReportedFigure,
} from '../../src/lib/figures.ts';
import { figureSentence, pluralForm } from '../../src/lib/figure-sentence.ts';
import type { SourceRecord } from '../../src/lib/chronicle.ts';
import type { SourceKind } from '../../src/schema/enums.ts';

const source = (id: string, publisher: string, kind: SourceKind) =>
  ({ id, data: { publisher, kind } }) as unknown as SourceRecord;
const REUTERS = source('reuters', 'Reuters', 'media');
const UN = source('un', 'UN human rights office', 'international');
const NGO = source('ngo', 'Civic Platform', 'ngo');
const IM = {
  kind: 'state' as const,
  name: { kk: 'Ішкі істер министрлігі', ru: 'Министерство внутренних дел', en: 'Interior Ministry' },
};

let n = 0;
function fig(
  over: Partial<ReportedFigure> & Pick<ReportedFigure, 'count' | 'asOf' | 'source' | 'statedBy'>,
): ReportedFigure {
  return {
    eventId: `e${n++}`,
    measure: 'detained',
    group: 'people',
    scope: 'cumulative',
    withdrawn: false,
    official: over.statedBy.kind === 'state',
    ...over,
  };
}

describe('who stated a figure', () => {
  it('takes the side from the stating body: a ministry relayed by a news agency is official', () => {
    const events = [
      {
        id: '2022-01-10-x',
        start: { day: '2022-01-10' },
        sources: [REUTERS, UN],
        data: {
          figures: [
            {
              measure: 'detained',
              count: 7939,
              group: 'people',
              source: 'reuters',
              scope: 'cumulative',
              withdrawn: false,
              statedBy: IM,
            },
            {
              measure: 'detained',
              count: 10,
              group: 'journalists',
              source: 'reuters',
              scope: 'incident',
              withdrawn: false,
              statedBy: { kind: 'independent' },
            },
            { measure: 'detained', count: 2000, group: 'people', source: 'un', scope: 'cumulative', withdrawn: false },
          ],
        },
      },
    ] as never;
    const [ministry, own, un] = reportedFigures(events);
    expect(ministry).toMatchObject({ official: true, statedBy: IM });
    expect(own).toMatchObject({ official: false, statedBy: { kind: 'independent' } });
    expect(un).toMatchObject({ official: false, statedBy: { kind: 'international' } });
  });
});

describe('the change column', () => {
  it('compares only successive statements of the same measure, group, scope and body', () => {
    const list = [
      fig({ count: 2000, asOf: '2022-01-06', source: UN, statedBy: { kind: 'international' } }),
      fig({ count: 200, asOf: '2022-01-07', source: NGO, statedBy: { kind: 'independent' } }),
      fig({ count: 8, asOf: '2022-01-06', source: NGO, group: 'journalists', statedBy: { kind: 'independent' } }),
      fig({
        count: 3,
        asOf: '2022-01-20',
        source: NGO,
        group: 'journalists',
        scope: 'incident',
        statedBy: { kind: 'independent' },
      }),
      fig({ count: 3811, asOf: '2022-01-07', source: REUTERS, statedBy: IM }),
      fig({ count: 7939, asOf: '2022-01-10', source: source('tass', 'TASS', 'media'), statedBy: IM }),
    ];
    // 200 after the UN's 2,000 and 3 jailed after 8 detained are other series: no change
    expect(changes(list)).toEqual([undefined, undefined, undefined, undefined, undefined, 4128]);
    expect(seriesKey(list[4]!)).toBe(seriesKey(list[5]!));
  });

  it('skips withdrawn numbers and ranges, and does not order statements of one day', () => {
    const s = (count: ReportedFigure['count'], asOf: string, withdrawn = false) =>
      fig({ count, asOf, withdrawn, source: REUTERS, statedBy: IM });
    const list = [
      s(3811, '2022-01-07'),
      s(9000, '2022-01-08', true),
      s(5135, '2022-01-09'),
      s(5969, '2022-01-09'),
      s({ min: 6000, max: 7000 }, '2022-01-10'),
      s(7939, '2022-01-10'),
    ];
    expect(changes(list)).toEqual([undefined, undefined, 1324, 2158, undefined, 1970]);
  });
});

describe('a figure as a sentence', () => {
  const relayed = fig({ count: 3811, asOf: '2022-01-07', source: source('tass', 'TASS', 'media'), statedBy: IM });
  it('names the number, what, who, via whom and when, in each language', () => {
    expect(figureSentence(relayed, 'en', useTranslations('en'))).toBe(
      '3,811 people detained, according to Interior Ministry, via TASS, as of 7 January 2022',
    );
    expect(figureSentence(relayed, 'ru', useTranslations('ru'))).toMatch(
      /^Задержаны 3\s811 человек \(Министерство внутренних дел, по сообщению ТАСС, 7 января 2022/,
    );
    expect(figureSentence(relayed, 'kk', useTranslations('kk'))).toMatch(
      /^3\s811 адам ұсталды \(Ішкі істер министрлігі, ТАСС хабарлауынша, /,
    );
  });
  it('says when a number was withdrawn, and uses the plural forms of the language', () => {
    const one = fig({
      count: 1,
      asOf: '2022-01-07',
      source: NGO,
      statedBy: { kind: 'independent' },
      measure: 'killed',
      group: 'journalists',
      withdrawn: true,
    });
    expect(figureSentence(one, 'en', useTranslations('en'))).toBe(
      '1 journalist dead, according to Civic Platform, as of 7 January 2022 — later withdrawn',
    );
    expect(figureSentence({ ...one, count: 2 }, 'ru', useTranslations('ru'))).toMatch(/^Погибли 2 журналиста /);
    expect(figureSentence({ ...one, count: 5 }, 'ru', useTranslations('ru'))).toMatch(/^Погибли 5 журналистов /);
    expect(figureSentence({ ...one, count: 21 }, 'ru', useTranslations('ru'))).toMatch(/^Погиб 21 журналист /);
    expect(pluralForm('ребёнок|ребёнка|детей|ребёнка', 3, 'ru')).toBe('ребёнка');
    expect(pluralForm('бала', 3, 'kk')).toBe('бала');
  });
});

describe('a number as the source qualified it', () => {
  const more = fig({ count: 2000, qualifier: 'more-than', asOf: '2022-01-06', source: UN, statedBy: IM });
  it('says "more than", "at least", "about" in each language, before the number or, in Kazakh, after it', () => {
    expect(figureSentence(more, 'en', useTranslations('en'))).toMatch(
      /^More than 2,000 people detained, according to /,
    );
    expect(figureSentence(more, 'ru', useTranslations('ru'))).toMatch(/^Задержаны более 2\s000 человек \(/);
    expect(figureSentence(more, 'kk', useTranslations('kk'))).toMatch(/^2\s000-нан астам адам ұсталды \(/);
    expect(formatCount(300, 'en', 'at-least')).toBe('at least 300');
    expect(formatCount(300, 'ru', 'at-least')).toBe('не менее 300');
    expect(formatCount(500, 'kk', 'about')).toBe('шамамен 500');
    expect(formatCount(5800, 'en', 'about', 'signs')).toBe('≈5,800');
    expect(formatCount(232, 'en', 'at-least', 'signs')).toBe('≥232');
    expect(formatCount({ min: 10, max: 12 }, 'en')).toBe('10–12');
  });
  it('gives a Kazakh numeral the ending of the last word said', () => {
    const said = (n: number) => `${n}-${kazakhAblative(n)}`;
    // бір, үш, алты, он, жиырма, қырық, елу, сексен, жүз, мың
    expect([1, 3, 6, 10, 20, 40, 50, 80, 200, 650, 2000, 9900, 1_000_000].map(said)).toEqual([
      '1-ден',
      '3-тен',
      '6-дан',
      '10-нан',
      '20-дан',
      '40-тан',
      '50-ден',
      '80-нен',
      '200-ден',
      '650-ден',
      '2000-нан',
      '9900-ден',
      '1000000-нан',
    ]);
  });
});

describe('the headline figures of the home page', () => {
  it('leads with the latest official toll, the latest count of anyone else, the most detained and the injured, as stated', () => {
    const killed = (count: number, asOf: string, statedBy: ReportedFigure['statedBy'], withdrawn = false) =>
      fig({
        measure: 'killed',
        count,
        asOf,
        statedBy,
        withdrawn,
        source: REUTERS,
        official: statedBy.kind === 'state',
      });
    const list = [
      killed(164, '2022-01-09', IM, true),
      fig({ count: 9900, asOf: '2022-01-11', source: REUTERS, statedBy: IM }),
      killed(225, '2022-01-15', IM),
      fig({ measure: 'injured', count: 4353, asOf: '2022-01-15', source: REUTERS, statedBy: IM }),
      fig({ count: 766, asOf: '2022-03-14', source: REUTERS, statedBy: IM }),
      fig({ measure: 'killed', count: 221, asOf: '2022-07-29', source: NGO, statedBy: { kind: 'independent' } }),
      fig({ measure: 'killed', count: 188, asOf: '2022-07-29', source: NGO, statedBy: { kind: 'independent' } }),
      // a newsroom's unattributed repetition of the toll is not an independent count
      killed(238, '2023-03-17', { kind: 'independent' }),
      killed(238, '2022-08-16', IM),
      killed(250, '2022-09-01', IM, true),
      fig({
        measure: 'killed',
        group: 'security-forces',
        count: 19,
        asOf: '2022-09-02',
        source: REUTERS,
        statedBy: IM,
      }),
    ];
    expect(headlineFigures(list).map((f) => f.count)).toEqual([238, 221, 9900, 4353]);
  });
});
