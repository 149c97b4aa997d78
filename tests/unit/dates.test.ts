import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDay,
  formatMoment,
  formatSpan,
  formatWeekday,
  offsetLabel,
  offsetLabels,
  toLocalMoment,
} from '../../src/lib/dates.ts';

describe('local moments across the two 2022 time zones', () => {
  it('reads a time without offset as local time of the place (UTC+6 in Almaty)', () => {
    const m = toLocalMoment('2022-01-05T16:37', 'Asia/Almaty');
    expect(m).toMatchObject({ utc: '2022-01-05T10:37:00Z', day: '2022-01-05', time: '16:37', offset: '+06:00' });
  });

  it('uses UTC+5 in the west (Aqtau, Atyrau, Aqtobe, Oral, Qyzylorda) in January 2022', () => {
    for (const zone of ['Asia/Aqtau', 'Asia/Atyrau', 'Asia/Aqtobe', 'Asia/Oral', 'Asia/Qyzylorda'])
      expect(toLocalMoment('2022-01-05T01:30', zone).offset, zone).toBe('+05:00');
  });

  it('keeps an event at 01:30 in Almaty on 5 January, although it is 4 January in UTC', () => {
    const m = toLocalMoment('2022-01-05T01:30', 'Asia/Almaty');
    expect(m.utc).toBe('2022-01-04T19:30:00Z');
    expect(m.day).toBe('2022-01-05');
  });

  it('converts a written offset to the place’s local time', () => {
    expect(toLocalMoment('2022-01-05T04:30Z', 'Asia/Aqtau')).toMatchObject({ time: '09:30', day: '2022-01-05' });
    expect(toLocalMoment('2022-01-05T10:30+06:00', 'Asia/Oral')).toMatchObject({ time: '09:30', offset: '+05:00' });
  });

  it('never shifts a date-only event', () => {
    const m = toLocalMoment('2022-01-05', 'Asia/Aqtau');
    expect(m.day).toBe('2022-01-05');
    expect(m.time).toBeUndefined();
  });

  it('follows the zone’s history: Almaty moved to UTC+5 in March 2024', () => {
    expect(toLocalMoment('2024-06-01T10:00', 'Asia/Almaty').offset).toBe('+05:00');
  });
});

describe('formatting in kk, ru and en', () => {
  const m = toLocalMoment('2022-01-05T16:37', 'Asia/Almaty');
  it('shows local date, time and offset', () => {
    expect(formatMoment(m, 'minute', 'en')).toBe('5 January 2022, 16:37 UTC+6');
    expect(formatMoment(m, 'minute', 'ru')).toBe('5 января 2022\u202fг., 16:37 UTC+6');
    expect(formatMoment(m, 'minute', 'kk')).toBe('2022 жылғы 5 қаңтар, 16:37 UTC+6');
  });
  it('shows only the day when that is all that is known', () => {
    expect(formatMoment(m, 'day', 'en')).toBe('5 January 2022');
    expect(formatMoment(toLocalMoment('2022-03-01', 'Asia/Almaty'), 'month', 'ru')).toBe('март 2022\u202fг.');
    expect(formatMoment(toLocalMoment('2022-03-01', 'Asia/Almaty'), 'month', 'kk')).toBe('2022 жылғы наурыз');
  });
  it('writes a day in one style per language: the Kazakh year first and written out, the Russian with «г.»', () => {
    expect(formatDay('2022-01-05', 'kk')).toBe('2022 жылғы 5 қаңтар');
    expect(formatDay('2022-01-05', 'ru')).toBe('5 января 2022\u202fг.');
    expect(formatDay('2022-01-05', 'en')).toBe('5 January 2022');
    expect(formatDay('2022-01', 'ru')).toBe('январь 2022\u202fг.');
    expect(formatWeekday('2022-01-05', 'kk')).toBe('сәрсенбі');
  });
  it('names a place’s offset in January 2022, not its zone', () => {
    expect(
      offsetLabels([toLocalMoment('2022-01-05', 'Asia/Almaty'), toLocalMoment('2022-01-06T10:00', 'Asia/Almaty')]),
    ).toBe('UTC+6');
    expect(offsetLabels([toLocalMoment('2022-01-05', 'Asia/Almaty'), toLocalMoment('2024-06-01', 'Asia/Almaty')])).toBe(
      'UTC+6, UTC+5',
    );
  });
  it('formats a calendar day the same whatever the machine zone', () => {
    const before = process.env.TZ;
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(formatDay('2022-01-05', 'en')).toBe('5 January 2022');
    }
    process.env.TZ = before;
  });
  it('formats spans and offsets', () => {
    const start = toLocalMoment('2022-01-05T01:30', 'Asia/Aqtau');
    const end = toLocalMoment('2022-01-19T00:00', 'Asia/Aqtau');
    expect(formatSpan(start, end, 'minute', 'en')).toBe('5 January 2022, 01:30 UTC+5 – 19 January 2022, 00:00 UTC+5');
    expect(offsetLabel('+05:30')).toBe('UTC+5:30');
  });
  it('lists days inclusively', () => {
    expect(daysBetween('2022-01-30', '2022-02-02')).toEqual(['2022-01-30', '2022-01-31', '2022-02-01', '2022-02-02']);
  });
});
