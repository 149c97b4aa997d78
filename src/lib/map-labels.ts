/**
 * Where to put the place names of a map so that none covers a marker, another name, or runs off
 * the map's edge. Pure: the map measures the names and the markers in pixels, this decides, and
 * a name that finds no free spot is left out at that zoom rather than drawn over something.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelBox {
  /** The labelled point, in pixels of the map. */
  x: number;
  y: number;
  /** The name's size in pixels. */
  w: number;
  h: number;
}

/** right, left, above, below: the order a reader's eye expects a name beside its dot. */
export type LabelSide = 'r' | 'l' | 't' | 'b';
export interface Placement {
  side: LabelSide;
  /** Distance in pixels between the point and the nearest edge of the name. */
  gap: number;
  rect: Rect;
}

const SIDES: LabelSide[] = ['r', 'l', 't', 'b'];
/** Gaps tried in turn: next to the dot, then clear of an event marker, then of a cluster. */
export const LABEL_GAPS = [5, 12, 23];

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function labelRect(l: LabelBox, side: LabelSide, gap: number): Rect {
  switch (side) {
    case 'r':
      return { x: l.x + gap, y: l.y - l.h / 2, w: l.w, h: l.h };
    case 'l':
      return { x: l.x - gap - l.w, y: l.y - l.h / 2, w: l.w, h: l.h };
    case 't':
      return { x: l.x - l.w / 2, y: l.y - gap - l.h, w: l.w, h: l.h };
    case 'b':
      return { x: l.x - l.w / 2, y: l.y + gap, w: l.w, h: l.h };
  }
}

/**
 * Places labels in the order given (the more important first): for each, the first side and gap
 * whose rectangle lies inside the map and touches no obstacle and no name already placed; `null`
 * when there is none.
 */
export function placeLabels(
  labels: readonly LabelBox[],
  obstacles: readonly Rect[],
  size: { w: number; h: number },
): (Placement | null)[] {
  const taken: Rect[] = [];
  return labels.map((l) => {
    for (const gap of LABEL_GAPS)
      for (const side of SIDES) {
        const rect = labelRect(l, side, gap);
        const inside = rect.x >= 0 && rect.y >= 0 && rect.x + rect.w <= size.w && rect.y + rect.h <= size.h;
        if (inside && !obstacles.some((o) => overlaps(o, rect)) && !taken.some((t) => overlaps(t, rect))) {
          taken.push(rect);
          return { side, gap, rect };
        }
      }
    return null;
  });
}
