import { describe, expect, it } from 'vitest';
import { buildChronicle, groupByDay, publicLocation, splitByTime, textFor } from '../../src/lib/chronicle.ts';
import { filterOptions } from '../../src/lib/filter-options.ts';
import { FIXTURE_PLACES as places, FIXTURE_SOURCES as sources, fixtureEvent } from '../support/fixture-content.ts';

const ev = fixtureEvent;

const chronicle = buildChronicle({
  events: [
    ev('2022-01-05-almaty-late', { start: '2022-01-05T23:10', place: 'almaty' }),
    ev('2022-01-05-aktau-early', { start: '2022-01-05T01:30', place: 'aktau' }),
    ev('2022-01-05-day-only', { start: '2022-01-05', timePrecision: 'day', place: 'kazakhstan' }),
    // a time written but not vouched for (precision "day") is not placed among the timed events
    ev('2022-01-05-aktau-time-unsure', { start: '2022-01-05T09:00', timePrecision: 'day', place: 'aktau' }),
    ev('2022-01-04-almaty', {
      start: '2022-01-04T20:00',
      place: 'almaty',
      location: { lat: 43.2383, lon: 76.9453, precision: 'city' },
    }),
    ev('2022-01-06-draft', { start: '2022-01-06', timePrecision: 'day', place: 'almaty', draft: true }),
  ],
  translations: [
    {
      eventId: '2022-01-05-aktau-early',
      lang: 'ru',
      data: { title: 'Актау', summary: 'с', translatedFrom: 'en', reviewed: false },
    },
  ],
  sources,
  places,
});

describe('the chronicle', () => {
  it('orders by local day, timed events by instant, then the day’s events whose time is not known', () => {
    expect(chronicle.events.map((e) => e.id)).toEqual([
      '2022-01-04-almaty',
      '2022-01-05-aktau-early',
      '2022-01-05-almaty-late',
      '2022-01-05-day-only',
      '2022-01-05-aktau-time-unsure',
    ]);
  });
  it('splits a day into timed events and those listed under "time not known"', () => {
    const day = groupByDay(chronicle.events).find((g) => g.day === '2022-01-05')!;
    const { timed, untimed } = splitByTime([...day.events].reverse());
    expect(timed.map((e) => e.id)).toEqual(['2022-01-05-aktau-early', '2022-01-05-almaty-late']);
    expect(untimed.map((e) => e.id)).toEqual(['2022-01-05-day-only', '2022-01-05-aktau-time-unsure']);
  });
  it('leaves drafts out of the published chronicle', () => expect(chronicle.byId.has('2022-01-06-draft')).toBe(false));
  it('groups by the local day of each place', () => {
    expect(groupByDay(chronicle.events).map((g) => [g.day, g.events.length])).toEqual([
      ['2022-01-04', 1],
      ['2022-01-05', 4],
    ]);
  });
  it('joins the region of a city', () =>
    expect(chronicle.byId.get('2022-01-05-aktau-early')!.region?.id).toBe('mangystau-region'));
  it('falls back to the original text, marked as such, when a translation is missing', () => {
    const e = chronicle.byId.get('2022-01-05-aktau-early')!;
    expect(textFor(e, 'ru')).toMatchObject({ title: 'Актау', fallback: false, reviewed: false, original: false });
    expect(textFor(e, 'kk')).toMatchObject({ title: '2022-01-05-aktau-early', lang: 'en', fallback: true });
  });
  it('publishes a location no finer than its precision allows', () => {
    expect(publicLocation(chronicle.byId.get('2022-01-04-almaty')!, chronicle.places)).toEqual({
      lat: 43.24,
      lon: 76.95,
      precision: 'city',
    });
    expect(publicLocation(chronicle.byId.get('2022-01-05-day-only')!, chronicle.places).precision).toBe('country');
    // an entry at a named site in a city is shown at the site, which is a public landmark
    const atSite = buildChronicle({
      events: [ev('2022-01-06-square', { start: '2022-01-06', timePrecision: 'day', place: 'republic-square' })],
      translations: [],
      sources,
      places,
    });
    expect(publicLocation(atSite.events[0]!, atSite.places)).toEqual({
      lat: 43.2383,
      lon: 76.9453,
      precision: 'approximate',
    });
  });
});

describe('what the pages of sources and the filters take from the whole chronicle', () => {
  it('lists the events citing each source, in order, drafts left out', () => {
    expect(chronicle.citing.get('s')!.map((e) => e.id)).toEqual(chronicle.events.map((e) => e.id));
    expect(chronicle.citing.get('s')).not.toContainEqual(expect.objectContaining({ id: '2022-01-06-draft' }));
  });

  it('offers only the values that occur, and the span of the days', () => {
    const options = filterOptions(chronicle);
    expect(options.types).toEqual(['protest']);
    expect(options.places.map((p) => p.id).sort()).toEqual([
      'aktau',
      'almaty',
      'almaty-city',
      'kazakhstan',
      'mangystau-region',
    ]);
    expect(options.months).toEqual(['2022-01']);
    expect([options.first, options.last]).toEqual(['2022-01-04', '2022-01-05']);
    expect(filterOptions(chronicle)).toBe(options); // computed once
  });
});
