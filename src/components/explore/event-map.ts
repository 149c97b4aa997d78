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
import { PlaceNames, type LabelData } from './place-names.ts';
import { fill, h } from './render.ts';
import { changes, filters, loadIndex, matching, param, setParam, setView, textsOf, type Explore } from './store.ts';
import type { ClientStrings } from './strings.ts';
import type { PeopleLayer } from './people-layer.ts';
import type { PeopleStrings } from './people-strings.ts';

type L = typeof Leaflet;
const KZ_BOUNDS: [Leaflet.LatLngTuple, Leaflet.LatLngTuple] = [
  [KZ.minLat, KZ.minLon],
  [KZ.maxLat, KZ.maxLon],
];
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
  #names?: PlaceNames;
  /** Points mode: where each entry with an id is drawn, and its marker. */
  #spots = new Map<string, [number, number][]>();
  #markers = new Map<string, Leaflet.Marker[]>();
  #wanted?: { ids: string[]; at?: [number, number] };
  #people?: PeopleLayer;

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
      // deep enough to tell apart the squares and buildings of Almaty that entries name
      maxZoom: 16,
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
    this.#country = L.geoJSON(topojson.merge(topo, topo.objects.regions.geometries as never), {
      interactive: false,
      style: { className: 'country' },
    })
      .addTo(map)
      .getLayers()[0] as Leaflet.Path;
    this.#names = new PlaceNames(L, map, JSON.parse(this.dataset.labels ?? '[]') as LabelData[]);
    if (this.dataset.mode === 'points') this.#points(JSON.parse(this.dataset.points ?? '[]') as MapPoint[]);
    else await this.#explore();
  }

  #icon(type: EventType, size = 18): Leaflet.DivIcon {
    let icon = this.#icons.get(type);
    if (!icon) {
      // markup from our own constants only: never text from an entry
      icon = this.#L.divIcon({
        className: `ev-marker t-${type}`,
        html: `<svg viewBox="0 0 10 10" aria-hidden="true"><path d="${TYPE_SHAPES[type]}"/></svg>`,
        iconSize: [size, size],
      });
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
        spot = [
          [KZ.minLat, KZ.minLon],
          [KZ.maxLat, KZ.maxLon],
        ];
      } else if (p.precision === 'region' && p.region && this.#regions.has(p.region)) {
        const layer = this.#regions.get(p.region)!;
        layer.getElement()?.classList.add('has-events');
        const b = (layer as unknown as Leaflet.Polygon).getBounds();
        spot = [
          [b.getSouth(), b.getWest()],
          [b.getNorth(), b.getEast()],
        ];
        bounds.push(...spot);
      } else {
        const m = L.marker([p.lat, p.lon], {
          icon: this.#icon(p.type ?? 'statement', 22),
          title: p.label,
          alt: p.label,
          keyboard: false,
        }).addTo(this.#map);
        if (p.id) this.#markers.set(p.id, [...(this.#markers.get(p.id) ?? []), m]);
        spot = [[p.lat, p.lon]];
        bounds.push(spot[0]!);
      }
      if (p.id) this.#spots.set(p.id, [...(this.#spots.get(p.id) ?? []), ...spot]);
    }
    if (bounds.length === 1) this.#map.setView(bounds[0]!, 6);
    else if (bounds.length) this.#map.fitBounds(bounds, { maxZoom: 6, padding: [20, 20] });
    this.#names?.place();
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
    for (const [id, markers] of this.#markers)
      for (const m of markers) m.getElement()?.classList.toggle('is-focus', wanted.has(id));
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
    const places = new Map(ex.raw.places.map((p) => [p.id, p]));
    const placeName = (id: string) => places.get(id)?.name[this.#lang] ?? id;
    const perPlace = new Map<string, number>();
    for (const e of ex.events) perPlace.set(e.place, (perPlace.get(e.place) ?? 0) + 1);
    this.#names?.weigh(perPlace);
    // Thousands of markers are added in chunks so the page stays responsive; `loaded` settles when the last chunk is in.
    let loaded: () => void = () => {};
    // Only events with a point of their own are clustered: an entry known only to a region or the
    // whole country is never counted into a city's cluster (see #areas).
    const cluster = L.markerClusterGroup({
      chunkedLoading: true,
      chunkProgress: (done: number, total: number) => done >= total && loaded(),
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      iconCreateFunction: (group) => {
        const where = new Map<string, number>();
        const children = group.getAllChildMarkers();
        for (const m of children) {
          const place = (m.options as { place?: string }).place ?? '';
          where.set(place, (where.get(place) ?? 0) + 1);
        }
        const [place] = [...where].sort((a, b) => b[1] - a[1])[0]!;
        const n = children.length;
        const name = fill(where.size === 1 ? this.#s.clusterIn : this.#s.clusterNear, {
          count: n,
          place: placeName(place),
        });
        // the number is what the eye reads; the name is what a screen reader announces for this button
        return L.divIcon({
          className: `marker-cluster ev-cluster${n >= 10 ? ' ev-cluster-large' : ''}`,
          html: h(
            'div',
            {},
            h('span', { 'aria-hidden': 'true' }, String(n)),
            h('span', { class: 'visually-hidden' }, name),
          ),
          iconSize: [40, 40],
        });
      },
      spiderfyDistanceMultiplier: 1.6,
    });
    cluster.addTo(map);
    cluster.on('animationend spiderfied unspiderfied', () => this.#names?.place());
    const markers = new Map<number, Leaflet.Marker>();
    const markerOf = (e: ExploreEvent) => {
      let m = markers.get(e.n);
      if (!m) {
        const where = placeName(e.place);
        m = L.marker([e.lat, e.lon], {
          icon: this.#icon(e.type),
          title: `${this.#s.type[e.type]} · ${where} · ${e.day}`,
          alt: this.#s.type[e.type],
          place: e.place,
        } as Leaflet.MarkerOptions);
        m.bindPopup(once(() => this.#popup(ex, [e])));
        m.on('popupopen', () => setParam('event', e.id));
        m.on('popupclose', () => setParam('event', undefined));
        markers.set(e.n, m);
      }
      return m;
    };
    let areaOf = new Map<string, () => void>();
    let drawn = 0;
    const draw = async () => {
      // with people shown, the events' cluster is off the map (and would never report its chunks)
      if (!map.hasLayer(cluster)) return;
      const seq = ++drawn;
      const started = performance.now();
      const shown = matching(ex.events);
      cluster.clearLayers();
      for (const layer of [...this.#regions.values(), this.#country])
        layer?.getElement()?.classList.remove('has-events');
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
      areaOf = this.#areas(ex, byArea);
      const added = new Promise<void>((resolve) => (loaded = resolve));
      if (points.length) cluster.addLayers(points);
      else loaded();
      await added;
      // markercluster draws the last chunk's cluster icons in the frame after it reports the chunk
      // loaded: name the places once those icons are in, or a name can land on a cluster
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (seq !== drawn) return;
      this.#names?.place();
      this.dataset.points = String(points.length);
      this.dataset.areaEvents = String(shown.length - points.length);
      this.dataset.ready = 'true';
      document.dispatchEvent(
        new CustomEvent('explore:map-ready', { detail: { ms: performance.now() - started, shown: shown.length } }),
      );
    };
    await draw();
    changes.addEventListener('filters', () => void draw());
    // `?show=people`: the register's people instead of the events (people-layer.ts)
    const section = this.querySelector<HTMLElement>('.map')!;
    const eventsLabel = section.getAttribute('aria-label') ?? '';
    const layers = async () => {
      const people = param('show') === 'people';
      this.dataset.show = people ? 'people' : 'events';
      if (people) {
        const s = JSON.parse(this.dataset.peopleStrings!) as PeopleStrings;
        section.setAttribute('aria-label', s.label);
        map.removeLayer(cluster);
        for (const layer of [...this.#regions.values(), this.#country])
          layer?.getElement()?.classList.remove('has-events');
        // loaded only for a reader who asks for the people
        const { PeopleLayer } = await import('./people-layer.ts');
        this.#people ??= new PeopleLayer({
          L,
          map,
          lang: this.#lang,
          s,
          host: this,
          regions: this.#regions,
          country: this.#country,
          drawn: () => this.#names?.place(),
        });
        this.#people.follow(map.getBounds());
        await this.#people.show(param('what'));
      } else {
        section.setAttribute('aria-label', eventsLabel);
        this.#people?.hide();
        if (!map.hasLayer(cluster)) {
          cluster.addTo(map);
          await draw();
        }
      }
    };
    if (this.dataset.peopleStrings) {
      await layers();
      changes.addEventListener('layer', () => void layers());
    }
    // The list beside the map shows what the map shows: the events with a point in view, and the
    // region- and country-wide ones whose area is in view.
    const follow = () => {
      const view = map.getBounds();
      this.dataset.view = view.toBBoxString();
      const areaBounds = new Map(
        [...this.#regions].map(([id, layer]) => [id, (layer as unknown as Leaflet.Polygon).getBounds()]),
      );
      setView((e) =>
        POINT.has(e.precision)
          ? view.contains([e.lat, e.lon])
          : e.precision === 'country' || (areaBounds.get(e.region ?? e.place)?.intersects(view) ?? true),
      );
      this.#people?.follow(view);
    };
    map.on('moveend', follow);
    follow();
    const wanted = param('event');
    const target = wanted ? ex.events.find((e) => e.id === wanted) : undefined;
    if (target) {
      const m = markers.get(target.n);
      if (m && cluster.hasLayer(m)) cluster.zoomToShowLayer(m, () => m.openPopup());
      else areaOf.get(target.id)?.();
    }
  }

  /**
   * Entries known only to a region or to the whole country: their area is outlined on the map and
   * listed under it, each a button that opens the list of its events. They have no marker, so no
   * cluster ever counts them in with a city. Returns, for each such event, how to open its area.
   */
  #areas(ex: Explore, byArea: Map<string, ExploreEvent[]>): Map<string, () => void> {
    const L = this.#L;
    const open = new Map<string, () => void>();
    const box = this.querySelector<HTMLElement>('.map-areas');
    const items: HTMLElement[] = [];
    const order = [...byArea].sort(
      ([a, x], [b, y]) => Number(b === 'country') - Number(a === 'country') || y.length - x.length,
    );
    for (const [key, list] of order) {
      // an entry asked for with ?event= comes first in its area's popup
      const asked = list.findIndex((e) => e.id === param('event'));
      if (asked > 0) list.unshift(...list.splice(asked, 1));
      const country = key === 'country';
      const shape = country ? this.#country : this.#regions.get(key);
      shape?.getElement()?.classList.add('has-events');
      const name = ex.raw.places.find((p) => p.id === key)?.name[this.#lang] ?? key;
      const label = country
        ? fill(this.#s.countryWide, { count: list.length })
        : fill(this.#s.regionWide, { count: list.length, region: name });
      const content = once(() => this.#popup(ex, list, label, country ? undefined : key));
      const show = () => {
        const bounds = (shape as unknown as Leaflet.Polygon | undefined)?.getBounds();
        L.popup({ maxWidth: 320 })
          .setLatLng(bounds ? bounds.getCenter() : this.#map.getCenter())
          .setContent(content)
          .openOn(this.#map);
      };
      for (const e of list) open.set(e.id, show);
      const button = h(
        'button',
        {
          type: 'button',
          class: `map-area${country ? ' country' : ''}`,
          'data-area': key,
          'data-count': String(list.length),
        },
        label,
      );
      button.addEventListener('click', show);
      items.push(h('li', {}, button));
    }
    if (box) {
      box.querySelector('ul')!.replaceChildren(...items);
      box.hidden = items.length === 0;
    }
    return open;
  }

  /** A popup: one event's type, date, place, precision and title, or a list of an area's events. */
  #popup(ex: Explore, list: ExploreEvent[], heading?: string, region?: string): HTMLElement {
    const box = h(
      'div',
      { class: 'map-popup', 'data-events': list.map((e) => e.id).join(' ') },
      h('p', {}, this.#s.loading),
    );
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
          const all =
            localePath(this.#lang, 'timeline/') +
            serializeFilters({ ...filters(), place: region ? [region] : filters().place });
          box.replaceChildren(
            h('p', {}, h('strong', {}, heading ?? '')),
            h(
              'p',
              { class: 'muted' },
              fill(this.#s.mapPrecision, { precision: this.#s.precision[list[0]!.precision] }),
            ),
            h('ul', {}, ...items),
            ...(list.length > shown.length ? [h('p', {}, h('a', { href: all }, this.#s.more))] : []),
          );
        }
        this.#map.eachLayer(
          (l) =>
            (l as Leaflet.Layer & { isPopupOpen?: () => boolean }).isPopupOpen?.() &&
            (l as Leaflet.Marker).getPopup()?.update(),
        );
      })
      .catch(() => box.replaceChildren(h('p', {}, this.#s.error)));
    return box;
  }
}

customElements.define('event-map', EventMap);
