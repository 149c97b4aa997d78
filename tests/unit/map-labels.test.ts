import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type Rect } from '../../src/lib/map-labels.ts';

const map = { w: 360, h: 400 };
const label = (x: number, y: number, w = 60) => ({ x, y, w, h: 14 });

describe('placing place names on the map', () => {
  it('puts a name to the right of its dot when nothing is there', () => {
    const [p] = placeLabels([label(100, 100)], [], map);
    expect(p).toMatchObject({ side: 'r', gap: 5, rect: { x: 105, y: 93 } });
  });

  it('moves a name clear of a cluster drawn on its city', () => {
    const cluster: Rect = { x: 80, y: 80, w: 40, h: 40 };
    const [p] = placeLabels([label(100, 100)], [cluster], map);
    expect(p).not.toBeNull();
    expect(overlaps(p!.rect, cluster)).toBe(false);
  });

  it('never lets a name run off the edge: near the right edge it goes left', () => {
    const [p] = placeLabels([label(340, 100)], [], map);
    expect(p!.side).toBe('l');
    expect(p!.rect.x + p!.rect.w).toBeLessThanOrEqual(map.w);
  });

  it('never lets two names overlap, and drops one that finds no room', () => {
    const crowded = [
      label(100, 100, 80),
      label(104, 102, 80),
      label(102, 98, 80),
      label(101, 101, 80),
      label(103, 100, 80),
      label(100, 103, 80),
    ];
    const walls: Rect[] = [
      { x: 0, y: 0, w: 360, h: 60 },
      { x: 0, y: 140, w: 360, h: 260 },
    ];
    const placed = placeLabels(crowded, walls, map);
    const rects = placed.filter((p) => p !== null).map((p) => p!.rect);
    for (const [i, a] of rects.entries()) for (const b of rects.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    for (const r of rects) for (const w of walls) expect(overlaps(r, w)).toBe(false);
    expect(placed).toContain(null);
    expect(placed[0]).not.toBeNull();
  });
});
