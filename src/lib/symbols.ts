/**
 * One shape per event type, so that types are told apart without colour (badges, map markers,
 * charts). Paths are drawn in a 10×10 box; colour comes from CSS (--t-<type>).
 */
import type { EventType, Verification } from '../schema/enums.ts';

export const TYPE_SHAPES: Record<EventType, string> = {
  protest: 'M5 0.5a4.5 4.5 0 1 0 0.01 0z', // circle
  'use-of-force': 'M5 0.5 9.5 9.5H0.5z', // triangle
  violence: 'M5 0.3 6.3 3.7 9.7 3.7 7 5.9 8 9.5 5 7.4 2 9.5 3 5.9 0.3 3.7 3.7 3.7z', // star
  detention: 'M1 1h8v8H1z', // square
  casualty: 'M3.5 0.5h3v3h3v3h-3v3h-3v-3h-3v-3h3z', // cross
  torture: 'M5 0.3 9.7 5 5 9.7 0.3 5z', // diamond
  'internet-shutdown': 'M0.5 9.5 5 0.5 9.5 9.5 7.5 9.5 5 4.5 2.5 9.5z', // open chevron
  'media-freedom': 'M2.5 0.7h5L9.8 5l-2.3 4.3h-5L0.2 5z', // hexagon
  'state-measure': 'M0.5 2.5h9v5h-9z', // bar
  statement: 'M0.5 0.5 9.5 0.5 5 9.5z', // inverted triangle
  trial: 'M5 0.4 9.6 3.8 7.8 9.4H2.2L0.4 3.8z', // pentagon
};

/** One mark per verification status, shown before its word. */
export const VERIFICATION_MARKS: Record<Verification, string> = {
  reported: '○',
  corroborated: '◑',
  verified: '●',
  disputed: '⚠',
  retracted: '✕',
};
