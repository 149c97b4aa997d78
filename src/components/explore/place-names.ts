/**
 * The place names drawn on the offline basemap: cities and towns, and the sites inside a city
 * (squares, buildings) once the map is zoomed into it. Each name is moved beside its dot where it
 * covers no marker, no other name and no control, and stays inside the map (src/lib/map-labels.ts
 * decides); a name with no room is hidden at that zoom rather than drawn over something.
 */
import type * as Leaflet from 'leaflet';
import { placeLabels, type Rect } from '../../lib/map-labels.ts';
import { h } from './render.ts';

/** Zoom from which the places inside a city are named: below it they would crowd its name. */
export const SITE_ZOOM = 12.5;

/** [name, lat, lon, kind, place id], as EventMap.astro writes them. */
export type LabelData = [string, number, number, 'city' | 'town' | 'site', string];

interface PlaceName {
  id: string;
  kind: LabelData[3];
  at: Leaflet.LatLng;
  el: HTMLElement;
  /** Events at the place: the busier places are named first when names compete for room. */
  weight: number;
}

export class PlaceNames {
  #map: Leaflet.Map;
  #names: PlaceName[] = [];

  constructor(L: typeof Leaflet, map: Leaflet.Map, data: LabelData[]) {
    this.#map = map;
    for (const [name, lat, lon, kind, id] of data) {
      const el = h('span', {}, name);
      L.marker([lat, lon], {
        icon: L.divIcon({
          className: `map-label map-label-${kind} unplaced`,
          html: h('div', {}, el),
          iconSize: [0, 0],
        }),
        interactive: false,
        keyboard: false,
      }).addTo(map);
      this.#names.push({ id, kind, at: L.latLng(lat, lon), el, weight: 0 });
    }
    map.on('zoomend moveend resize', () => this.place());
  }

  /** How many events each place has (by place id). */
  weigh(perPlace: Map<string, number>) {
    for (const n of this.#names) n.weight = perPlace.get(n.id) ?? 0;
  }

  place() {
    const map = this.#map;
    if (!this.#names.length) return;
    const container = map.getContainer();
    const origin = container.getBoundingClientRect();
    // obstacles one pixel larger all round: label boxes are whole pixels, icons fall between them,
    // and a name should not even touch a marker
    const rel = (r: DOMRect): Rect => ({
      x: r.left - origin.left - 1,
      y: r.top - origin.top - 1,
      w: r.width + 2,
      h: r.height + 2,
    });
    const obstacles = [
      ...container.querySelectorAll<HTMLElement>('.leaflet-marker-icon:not(.map-label), .leaflet-control'),
    ].map((el) => rel(el.getBoundingClientRect()));
    const zoom = map.getZoom();
    const wanted = this.#names
      .filter((n) => n.kind !== 'site' || zoom >= SITE_ZOOM)
      .sort((a, b) => Number(a.kind === 'town') - Number(b.kind === 'town') || b.weight - a.weight);
    // the icon element is two levels up: span → html div → Leaflet's icon
    const icon = (n: PlaceName) => n.el.parentElement!.parentElement!;
    for (const n of this.#names) icon(n).classList.add('unplaced');
    const boxes = wanted.map((n) => {
      const p = map.latLngToContainerPoint(n.at);
      // whole pixels rounded up, with one to spare: two names side by side must not meet either
      const box = n.el.getBoundingClientRect();
      return { x: p.x, y: p.y, w: Math.ceil(box.width) + 1, h: Math.ceil(box.height) + 1 };
    });
    const spots = placeLabels(boxes, obstacles, { w: container.clientWidth, h: container.clientHeight });
    wanted.forEach((n, i) => {
      const spot = spots[i];
      if (!spot) return;
      n.el.style.left = `${spot.rect.x - boxes[i]!.x}px`;
      n.el.style.top = `${spot.rect.y - boxes[i]!.y}px`;
      icon(n).classList.remove('unplaced');
    });
  }
}
