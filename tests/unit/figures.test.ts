/**
 * The figures page's data and charts: series computed from reported figures, scales, and the SVG
 * the chart components draw at build time (rendered with Astro's container API).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chronicle } from '../fixtures/exports-chronicle.ts';
import { reportedFigures } from '../../src/lib/figures.ts';
import { DAILY_SPAN, eventsPerDay, eventsPerType, officialToll, reportsOf } from '../../src/lib/charts/series.ts';
import { labelEvery, linear, niceMax, ticks } from '../../src/lib/charts/geometry.ts';
import { formatDay, formatDayMonth } from '../../src/lib/dates.ts';
import TollSteps from '../../src/components/charts/TollSteps.astro';
import HBars from '../../src/components/charts/HBars.astro';
import DayColumns from '../../src/components/charts/DayColumns.astro';

const figures = reportedFigures(chronicle.events);
const count = (r: { figure: { count: unknown } }) => r.figure.count;

describe('the official death toll as it changed', () => {
  const toll = officialToll(figures);
  it('lists every official total of all people in the order stated, withdrawn ones included', () => {
    expect(toll.map(count)).toEqual([164, 225, 227, 230, 232, 238]);
    expect(toll.map((r) => r.figure.withdrawn)).toEqual([true, false, false, false, false, false]);
  });
  it('counts a relayed number as official because a state body stated it, and names that body', () => {
    expect(toll[0]!.figure).toMatchObject({
      official: true,
      statedBy: {
        kind: 'state',
        name: { kk: 'Денсаулық сақтау министрлігі', ru: 'Министерство здравоохранения', en: 'Health Ministry' },
      },
    });
    expect(toll[0]!.figure.source.data.publisher).toBe('News Agency');
  });
  it('gives each change from the same body’s previous standing number, never from a withdrawn one or another body’s', () => {
    // 227 was stated by "Officials", not the Prosecutor General's Office: no change to or from it
    expect(toll.map((r) => r.change)).toEqual([undefined, undefined, undefined, 5, 2, 6]);
  });
  it('leaves other groups (security forces) out of the toll of all people', () => {
    expect(toll.some((r) => r.figure.group !== 'people')).toBe(false);
  });
});

describe('numbers as reported, official and independent side by side', () => {
  it('splits running totals by who stated them and keeps incident numbers out', () => {
    const deaths = reportsOf(figures, 'killed');
    expect(deaths.official.map(count)).toEqual([164, 225, 19, 227, 230, 232, 238]);
    expect(deaths.independent.map(count)).toEqual([26, 241]);
    expect(deaths.independent[1]!.change).toBe(215);
  });
  it('keeps a range as a range and gives it no change', () => {
    const detained = reportsOf(figures, 'detained');
    expect(detained.independent.map(count)).toEqual([{ min: 5135, max: 5969 }]);
    expect(detained.official).toEqual([]);
    expect(detained.independent[0]!.change).toBeUndefined();
  });
});

describe('events per day and per type', () => {
  it('counts by local day over the busiest span, gaps included, other events by month', () => {
    const { days, before, after } = eventsPerDay(chronicle.events);
    expect(days[0]).toEqual({ day: '2022-01-02', count: 1 });
    expect(days.at(-1)).toEqual({ day: '2022-01-15', count: 1 });
    expect(days).toHaveLength(14);
    expect(days.find((d) => d.day === '2022-01-03')).toEqual({ day: '2022-01-03', count: 0 });
    expect(days.find((d) => d.day === '2022-01-05')!.count).toBe(2);
    expect(before).toEqual([]);
    expect(after).toEqual([
      { month: '2022-03', count: 1 },
      { month: '2022-05', count: 1 },
      { month: '2022-08', count: 1 },
    ]);
  });
  it('puts background events before the busiest span in their own months', () => {
    const early = [...chronicle.events.slice(0, 1)].map((e) => ({ ...e, start: { ...e.start, day: '2019-07-17' } }));
    const { days, before, after } = eventsPerDay([...early, ...chronicle.events]);
    expect(days[0]!.day).toBe('2022-01-02');
    expect(before).toEqual([{ month: '2019-07', count: 1 }]);
    expect(days.length).toBeLessThanOrEqual(DAILY_SPAN);
    expect(days.reduce((n, d) => n + d.count, 0) + before.length + after.reduce((n, m) => n + m.count, 0)).toBe(
      chronicle.events.length + 1,
    );
  });
  it('counts per type, most frequent first', () => {
    const types = eventsPerType(chronicle.events);
    expect(types[0]).toEqual({ type: 'casualty', count: 5 });
    expect(types.reduce((n, t) => n + t.count, 0)).toBe(chronicle.events.length);
  });
  it('handles an empty chronicle', () => expect(eventsPerDay([])).toEqual({ days: [], before: [], after: [] }));
});

describe('scales', () => {
  it('rounds the top of an axis up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 9, 26, 238, 9900].map(niceMax)).toEqual([1, 1, 5, 10, 50, 250, 10000]);
  });
  it('puts ticks on whole numbers from zero', () => {
    expect(ticks(238)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(ticks(2)).toEqual([0, 1, 2]);
  });
  it('maps values to pixels and spaces labels', () => {
    expect(linear(250, 120)(225)).toBe(108);
    expect(labelEvery(14, 26)).toBe(2);
  });
  it('labels chart days in the style of the text, without a zone shift', () => {
    expect(formatDayMonth('2022-01-09', 'en')).toBe('9 January');
    expect(formatDayMonth('2022-01-09', 'ru')).toBe('9 января');
    expect(formatDayMonth('2022-01-09', 'kk')).toBe('9 қаңтар');
    expect(formatDay('2022-03', 'en')).toBe('March 2022');
    expect(formatDay('2022-03', 'kk')).toBe('2022 жылғы наурыз');
  });
});

describe('the SVG charts, as built', () => {
  it('draws the toll as labelled points, the withdrawn one open and crossed, off the step line', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TollSteps, { props: { reports: officialToll(figures), lang: 'en' } });
    expect(html.match(/<circle/g)).toHaveLength(6);
    expect(html.match(/class="point open"/g)).toHaveLength(1);
    expect([...html.matchAll(/class="value"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      '164',
      '225',
      '227',
      '230',
      '232',
      '238',
    ]);
    expect(html).toContain('aria-hidden="true"');
    // the line joins the five standing numbers: one move, four horizontal and vertical steps
    const d = /class="line"[^>]*d="([^"]+)"/.exec(html)?.[1] ?? /d="([^"]+)"[^>]*class="line"/.exec(html)?.[1];
    expect(d?.match(/H/g)).toHaveLength(4);
  });
  it('draws one bar per row on a shared scale, a range in two parts and a withdrawn number as an outline', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(HBars, {
      props: {
        max: 250,
        variant: 'official',
        rows: [
          { label: 'a', value: 225, text: '225' },
          { label: 'b', value: { min: 100, max: 200 }, text: '100–200' },
          { label: 'c', value: 164, text: '164', withdrawn: true },
        ],
      },
    });
    expect(html.match(/class="bar"/g)).toHaveLength(2);
    expect(html.match(/class="bar range"/g)).toHaveLength(1);
    expect(html.match(/class="bar withdrawn"/g)).toHaveLength(1);
    // 225 of 250 on a 244-pixel bar (340 wide, less room for the number)
    expect(html).toMatch(/class="bar"[^>]*width="219.6"/);
  });
  it('draws a column for each day with events and labels the days', async () => {
    const container = await AstroContainer.create();
    const { days } = eventsPerDay(chronicle.events);
    const html = await container.renderToString(DayColumns, { props: { days, lang: 'kk' } });
    const withEvents = days.filter((d) => d.count > 0);
    // drawn twice: every count in the wide layout; in the narrow one, the largest at least
    const [wide, narrow] = html.split(/(?=<svg)/).filter((part) => part.startsWith('<svg'));
    for (const layout of [wide!, narrow!]) {
      expect(layout.match(/class="col"/g)).toHaveLength(withEvents.length);
      expect(layout).toContain('2022 жылғы қаңтар');
    }
    expect(wide).toMatch(/class="columns wide"/);
    expect(wide!.match(/class="count"/g)).toHaveLength(withEvents.length);
    expect(narrow).toMatch(/class="columns narrow"/);
    const largest = Math.max(...withEvents.map((d) => d.count));
    expect(narrow).toMatch(new RegExp(`class="count"[^>]*>${largest}<`));
  });
});
