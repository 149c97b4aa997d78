/**
 * <event-map>: Leaflet on the offline basemap. Imported only by EventMap.astro, and Leaflet itself
 * only when the element is on the page. Popups are DOM nodes filled with textContent.
 */
import type * as Leaflet from 'leaflet';
import type { Basemap } from '../../lib/basemap.ts';
import type { ExploreEvent, MapPoint } from '../../lib/explore-index.ts';
import { serializeFilters } from '../../lib/filters.ts';
import { TYPE_SHAPES } from '../../lib/symbols.ts';
import { localePath, paths, withBase } from '../../lib/urls.ts';
import { KZ_BOUNDS as KZ, type EventType, type Lang } from '../../schema/enums.ts';
import { fill, h } from './render.ts';
import { changes, filters, loadIndex, matching, param, setParam, textsOf, type Explore } from './store.ts';
import type { ClientStrings } from './strings.ts';

type L = typeof Leaflet;
const KZ_BOUNDS: [Leaflet.LatLngTuple, Leaflet.LatLngTuple] = [[KZ.minLat, KZ.minLon], [KZ.maxLat, KZ.maxLon]];
const POINT = new Set(['exact', 'approximate', 'city']);

/** Popup content made on first open, then kept: Leaflet calls a content function again on every update(). */
const once = (make: () => HTMLElement) => {
  let el: HTMLElement | undefined;
  return () => (el ??= make());
};

class EventMap extends HTMLElement {
  #L!: L;
  #map!: Leaflet.Map;
  #s!: ClientStrings;
  #lang!: Lang;
  #regions = new Map<string, Leaflet.Path>();
  #country?: Leaflet.Path;
  #icons = new Map<string, Leaflet.DivIcon>();
  /** Points mode: where each entry with an id is drawn, and its marker. */
  #spots = new Map<string, [number, number][]>();
  #markers = new Map<string, Leaflet.Marker[]>();
  #wanted?: { ids: string[]; at?: [number, number] };

  async connectedCallback() {
    this.#s = JSON.parse(this.dataset.strings!) as ClientStrings;
    this.#lang = this.dataset.lang as Lang;
    if (this.dataset.mode === 'explore') void loadIndex().catch(() => {}); // fetched while Leaflet loads
    const [{ default: L }, topojson, topo] = await Promise.all([
      import('leaflet'),
      import('topojson-client'),
      fetch(withBase('data/basemap.json')).then((r) => r.json() as Promise<Basemap>),
    ]);
    // The UMD build of markercluster extends the global L that Leaflet's UMD build sets.
    await import('leaflet.markercluster');
    this.#L = L;
    const map = (this.#map = L.map(this.querySelector<HTMLElement>('.map')!, {
      minZoom: 3,
      maxZoom: 12,
      zoomSnap: 0.25,
      maxBounds: L.latLngBounds(KZ_BOUNDS).pad(0.5),
      attributionControl: false,
      zoomControl: false,
    }));
    L.control.zoom({ zoomInTitle: this.#s.zoomIn, zoomOutTitle: this.#s.zoomOut }).addTo(map);
    map.fitBounds(KZ_BOUNDS);
    const regions = topojson.feature(topo, topo.objects.regions);
    L.geoJSON(regions, {
      interactive: false,
      style: () => ({ className: 'region' }),
      onEachFeature: (f, layer) => {
        if (f.id) this.#regions.set(String(f.id), layer as Leaflet.Path);
      },
    }).addTo(map);
    this.#country = L.geoJSON(topojson.merge(topo, topo.objects.regions.geometries as never), { interactive: false, style: { className: 'country' } }).addTo(map).getLayers()[0] as Leaflet.Path;
    for (const [name, lat, lon] of JSON.parse(this.dataset.labels ?? '[]') as [string, number, number][]) {
      const el = h('span', {}, name);
      L.marker([lat, lon], { icon: L.divIcon({ className: 'map-label', html: h('div', {}, el), iconSize: [0, 0] }), interactive: false, keyboard: false }).addTo(map);
    }
    if (this.dataset.mode === 'points') this.#points(JSON.parse(this.dataset.points ?? '[]') as MapPoint[]);
    else await this.#explore();
  }

  #icon(type: EventType, size = 18): Leaflet.DivIcon {
    let icon = this.#icons.get(type);
    if (!icon) {
      // markup from our own constants only: never text from an entry
      icon = this.#L.divIcon({ className: `ev-marker t-${type}`, html: `<svg viewBox="0 0 10 10" aria-hidden="true"><path d="${TYPE_SHAPES[type]}"/></svg>`, iconSize: [size, size] });
      this.#icons.set(type, icon);
    }
    return icon;
  }

  #points(points: (MapPoint & { id?: string })[]) {
    const L = this.#L;
    const bounds: [number, number][] = [];
    for (const p of points) {
      let spot: [number, number][];
      if (p.precision === 'country') {
        this.#country?.getElement()?.classList.add('has-events');
        spot = [[KZ.minLat, KZ.minLon], [KZ.maxLat, KZ.maxLon]];
      } else if (p.precision === 'region' && p.region && this.#regions.has(p.region)) {
        const layer = this.#regions.get(p.region)!;
        layer.getElement()?.classList.add('has-events');
        const b = (layer as unknown as Leaflet.Polygon).getBounds();
        spot = [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]];
        bounds.push(...spot);
      } else {
        const m = L.marker([p.lat, p.lon], { icon: this.#icon(p.type ?? 'statement', 22), title: p.label, alt: p.label, keyboard: false }).addTo(this.#map);
        if (p.id) this.#markers.set(p.id, [...(this.#markers.get(p.id) ?? []), m]);
        spot = [[p.lat, p.lon]];
        bounds.push(spot[0]!);
      }
      if (p.id) this.#spots.set(p.id, [...(this.#spots.get(p.id) ?? []), ...spot]);
    }
    if (bounds.length === 1) this.#map.setView(bounds[0]!, 6);
    else if (bounds.length) this.#map.fitBounds(bounds, { maxZoom: 6, padding: [20, 20] });
    this.dataset.ready = 'true';
    if (this.#wanted) this.#showFocus();
    document.dispatchEvent(new CustomEvent('explore:map-ready'));
  }

  /**
   * Points mode: brings the given entries (or a place, `at`) into view and marks their markers; a
   * story calls it as each step comes into view. Flies there, or jumps when the reader asks for
   * reduced motion. Called before the map has loaded, it takes effect once it has. `data-focus`
   * holds the ids at once, so the page and its tests can read what the map is showing.
   */
  focusEvents(ids: string[], at?: [number, number]) {
    this.#wanted = { ids, ...(at ? { at } : {}) };
    this.dataset.focus = ids.join(' ');
    if (this.dataset.ready === 'true' && this.dataset.mode === 'points') this.#showFocus();
  }

  #showFocus() {
    const { ids, at } = this.#wanted!;
    const wanted = new Set(ids);
    for (const [id, markers] of this.#markers) for (const m of markers) m.getElement()?.classList.toggle('is-focus', wanted.has(id));
    const bounds = at ? [at] : ids.flatMap((id) => this.#spots.get(id) ?? []);
    if (!bounds.length) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // close enough to tell the city, far enough to see where in the country it is
    const options = { maxZoom: 5, padding: [30, 30] as Leaflet.PointTuple };
    if (bounds.length === 1) {
      if (still) this.#map.setView(bounds[0]!, 5, { animate: false });
      else this.#map.flyTo(bounds[0]!, 5, { duration: 0.8 });
    } else if (still) this.#map.fitBounds(bounds, { ...options, animate: false });
    else this.#map.flyToBounds(bounds, { ...options, duration: 0.8 });
  }

  async #explore() {
    const L = this.#L;
    const map = this.#map;
    const at = /^(-?[\d.]+),(-?[\d.]+),([\d.]+)$/.exec(param('at') ?? '');
    if (at) map.setView([+at[1]!, +at[2]!], +at[3]!);
    map.on('moveend', () => {
      const c = map.getCenter();
      setParam('at', `${c.lat.toFixed(3)},${c.lng.toFixed(3)},${map.getZoom()}`);
    });
    const ex = await loadIndex();
    // Thousands of markers are added in chunks so the page stays responsive; `loaded` settles when the last chunk is in.
    let loaded: () => void = () => {};
    const cluster = L.markerClusterGroup({
      chunkedLoading: true,
      chunkProgress: (done: number, total: number) => done >= total && loaded(),
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      // areas (region- and country-wide entries) cluster with the points, so no two markers ever overlap;
      // a cluster counts events, an area marker standing for all of its area's events
      iconCreateFunction: (group) => {
        const n = group.getAllChildMarkers().reduce((sum, m) => sum + ((m.options as { count?: number }).count ?? 1), 0);
        return L.divIcon({
          className: `marker-cluster marker-cluster-${n < 10 ? 'small' : n < 100 ? 'medium' : 'large'}`,
          html: `<div><span>${n}</span></div>`,
          iconSize: [40, 40],
        });
      },
      spiderfyDistanceMultiplier: 1.6,
    });
    cluster.addTo(map);
    const markers = new Map<number, Leaflet.Marker>();
    const places = new Map(ex.raw.places.map((p) => [p.id, p]));
    const markerOf = (e: ExploreEvent) => {
      let m = markers.get(e.n);
      if (!m) {
        const where = places.get(e.place)?.name[this.#lang] ?? e.place;
        m = L.marker([e.lat, e.lon], { icon: this.#icon(e.type), title: `${this.#s.type[e.type]} · ${where} · ${e.day}`, alt: this.#s.type[e.type] });
        m.bindPopup(once(() => this.#popup(ex, [e])));
        m.on('popupopen', () => setParam('event', e.id));
        m.on('popupclose', () => setParam('event', undefined));
        markers.set(e.n, m);
      }
      return m;
    };
    let areaOf = new Map<string, Leaflet.Marker>();
    let drawn = 0;
    const draw = async () => {
      const seq = ++drawn;
      const started = performance.now();
      const shown = matching(ex.events);
      cluster.clearLayers();
      for (const layer of [...this.#regions.values(), this.#country]) layer?.getElement()?.classList.remove('has-events');
      const byArea = new Map<string, ExploreEvent[]>();
      const points: Leaflet.Marker[] = [];
      for (const e of shown) {
        if (POINT.has(e.precision)) points.push(markerOf(e));
        else {
          const key = e.precision === 'country' ? 'country' : (e.region ?? e.place);
          const list = byArea.get(key);
          if (list) list.push(e);
          else byArea.set(key, [e]);
        }
      }
      areaOf = new Map();
      const areaMarkers: Leaflet.Marker[] = [];
      for (const [key, list] of byArea) {
        // an entry asked for with ?event= comes first in its area's popup
        const asked = list.findIndex((e) => e.id === param('event'));
        if (asked > 0) list.unshift(...list.splice(asked, 1));
        const country = key === 'country';
        const place = places.get(country ? list[0]!.place : key);
        const name = place?.name[this.#lang] ?? key;
        const label = country ? fill(this.#s.countryWide, { count: list.length }) : fill(this.#s.regionWide, { count: list.length, region: name });
        (country ? this.#country : this.#regions.get(key))?.getElement()?.classList.add('has-events');
        // a region's marker sits in the middle of its shape, away from its capital's own markers
        const shape = country ? undefined : (this.#regions.get(key) as unknown as Leaflet.Polygon | undefined);
        const m = L.marker(shape ? shape.getBounds().getCenter() : [list[0]!.lat, list[0]!.lon], {
          count: list.length,
          icon: L.divIcon({ className: `area-marker${country ? ' country' : ''}`, html: String(list.length), iconSize: [30, 24] }),
          title: label,
          alt: label,
          zIndexOffset: -100,
        } as Leaflet.MarkerOptions);
        m.bindPopup(once(() => this.#popup(ex, list, label, country ? undefined : key)), { maxWidth: 320 });
        for (const e of list) areaOf.set(e.id, m);
        areaMarkers.push(m);
      }
      const added = new Promise<void>((resolve) => (loaded = resolve));
      if (points.length + areaMarkers.length) cluster.addLayers([...points, ...areaMarkers]);
      else loaded();
      await added;
      if (seq !== drawn) return;
      this.dataset.points = String(points.length);
      this.dataset.areaEvents = String(shown.length - points.length);
      this.dataset.ready = 'true';
      document.dispatchEvent(new CustomEvent('explore:map-ready', { detail: { ms: performance.now() - started, shown: shown.length } }));
    };
    await draw();
    changes.addEventListener('filters', () => void draw());
    const wanted = param('event');
    const target = wanted ? ex.events.find((e) => e.id === wanted) : undefined;
    if (target) {
      const m = markers.get(target.n);
      if (m && cluster.hasLayer(m)) cluster.zoomToShowLayer(m, () => m.openPopup());
      else {
        const area = areaOf.get(target.id);
        if (area) cluster.zoomToShowLayer(area, () => area.openPopup());
      }
    }
  }

  /** A popup: one event's type, date, place, precision and title, or a list of an area's events. */
  #popup(ex: Explore, list: ExploreEvent[], heading?: string, region?: string): HTMLElement {
    const box = h('div', { class: 'map-popup', 'data-events': list.map((e) => e.id).join(' ') }, h('p', {}, this.#s.loading));
    const places = new Map(ex.raw.places.map((p) => [p.id, p]));
    const shown = list.slice(0, 25);
    textsOf(this.#lang, shown, ex.raw.chunk)
      .then((texts) => {
        const link = (e: ExploreEvent) => {
          const [title, , textLang] = texts.text(e);
          return h('a', { href: localePath(this.#lang, paths.event(e.id)), lang: textLang || undefined }, title);
        };
        if (!heading && list.length === 1) {
          const e = list[0]!;
          const place = places.get(e.place)?.name[this.#lang] ?? e.place;
          box.replaceChildren(
            h('p', { class: `badge type-badge t-${e.type}` }, this.#s.type[e.type]),
            h('p', {}, h('strong', {}, link(e))),
            h('p', {}, `${texts.day(e)[0]}${e.time ? `, ${e.time}` : ''} · ${place}`),
            h('p', { class: 'muted' }, fill(this.#s.mapPrecision, { precision: this.#s.precision[e.precision] })),
          );
        } else {
          const items = shown.map((e) => h('li', { 'data-id': e.id }, link(e), ` (${texts.day(e)[0]})`));
          const all = localePath(this.#lang, 'timeline/') + serializeFilters({ ...filters(), place: region ? [region] : filters().place });
          box.replaceChildren(
            h('p', {}, h('strong', {}, heading ?? '')),
            h('p', { class: 'muted' }, fill(this.#s.mapPrecision, { precision: this.#s.precision[list[0]!.precision] })),
            h('ul', {}, ...items),
            ...(list.length > shown.length ? [h('p', {}, h('a', { href: all }, this.#s.more))] : []),
          );
        }
        this.#map.eachLayer((l) => (l as Leaflet.Layer & { isPopupOpen?: () => boolean }).isPopupOpen?.() && (l as Leaflet.Marker).getPopup()?.update());
      })
      .catch(() => box.replaceChildren(h('p', {}, this.#s.error)));
    return box;
  }
}

customElements.define('event-map', EventMap);
