/** Scales for the build-time SVG charts: a rounded top and evenly spaced ticks. */

/** The smallest 1, 2, 2.5 or 5 × 10^k that is at least `value` (at least 1). */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Ticks from 0 to niceMax(max), `count` intervals when they fall on whole numbers. */
export function ticks(max: number, count = 5): number[] {
  const top = niceMax(max);
  let n = count;
  while (n > 1 && !Number.isInteger(top / n)) n -= 1;
  return Array.from({ length: n + 1 }, (_, i) => (top / n) * i);
}

/** Maps [0, domainMax] to [0, range] pixels, rounded to a tenth of a pixel. */
export function linear(domainMax: number, range: number): (v: number) => number {
  const top = domainMax > 0 ? domainMax : 1;
  return (v) => Math.round((v / top) * range * 10) / 10;
}

/** Every how many items to label an axis so that labels stay `minGap` pixels apart. */
export function labelEvery(itemWidth: number, minGap: number): number {
  return Math.max(1, Math.ceil(minGap / itemWidth));
}
