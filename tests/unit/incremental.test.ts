/**
 * Whether a build keeps a record of its pages for the next: up to 30,000 entries, where rebuilds
 * gain from it and the memory it takes is there to spare; QANTAR_INCREMENTAL decides otherwise.
 */
import { describe, expect, it } from 'vitest';
import { incrementalFor, INCREMENTAL_MAX_ENTRIES } from '../../src/incremental.ts';

describe('the incremental build', () => {
  it('is on up to 30,000 entries and off above, where its record would cost the memory budget', () => {
    expect(INCREMENTAL_MAX_ENTRIES).toBe(30_000);
    expect(incrementalFor(171, undefined)).toBe(true);
    expect(incrementalFor(30_000, '')).toBe(true);
    expect(incrementalFor(30_001, undefined)).toBe(false);
  });

  it('follows QANTAR_INCREMENTAL=on or off, and names the variable and its values when it is neither', () => {
    expect(incrementalFor(100_000, 'on')).toBe(true);
    expect(incrementalFor(10, ' off ')).toBe(false);
    expect(() => incrementalFor(10, 'yes')).toThrow(/QANTAR_INCREMENTAL="yes": expected "on" or "off"/);
  });
});
