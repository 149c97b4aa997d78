/**
 * The map's people layer (`?show=people`): one marker per city with how many people and what
 * happened to them, clustered with the counts summed; regions, the whole country and records with
 * no place listed apart under the map; and the list beside the map following the part in view.
 * Placing and counting are src/lib/people-map.ts. Names come only from the published file, which
 * has them only for records with a publication basis; everything is written with textContent.
 */
import type * as Leaflet from 'leaflet';
import {
  countOutcomes,
  groupPeople,
  parseOutcomes,
  type MapPlace,
  type PeopleGroup,
  type PeopleMapFile,
  type Placed,
} from '../../lib/people-map.ts';
import { localePath, paths, withBase } from '../../lib/urls.ts';
import type { Lang, PersonOutcome } from '../../schema/enums.ts';
import type { PeopleStrings } from './people-strings.ts';
import { fill, h } from './render.ts';

export interface PeopleLayerHost {
  L: typeof Leaflet;
  map: Leaflet.Map;
  lang: Lang;
  s: PeopleStrings;
  /** The element the layer reports to (`data-people`, `data-people-ready`). */
  host: HTMLElement;
  regions: Map<string, Leaflet.Path>;
  country?: Leaflet.Path | undefined;
  /** Called once the markers are drawn (after each redraw and cluster animation). */
  drawn: () => void;
}

type GroupMarker = Leaflet.Marker & { options: Leaflet.MarkerOptions & { group: PeopleGroup } };

let file: Promise<PeopleMapFile> | undefined;
const loadPeople = () =>
  (file ??= fetch(withBase('data/explore/people.json')).then((r) => {
    if (!r.ok) throw new Error(`people: HTTP ${r.status}`);
    return r.json() as Promise<PeopleMapFile>;
  }));

export class PeopleLayer {
  #o: PeopleLayerHost;
  #places = new Map<string, MapPlace>();
  #cluster: Leaflet.MarkerClusterGroup;
  #groups: PeopleGroup[] = [];
  #view?: Leaflet.LatLngBounds;

  constructor(o: PeopleLayerHost) {
    this.#o = o;
    const { L } = o;
    this.#cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      iconCreateFunction: (c) => {
        const groups = c.getAllChildMarkers().map((m) => (m as GroupMarker).options.group);
        const all = groups.flatMap((g) => g.people);
        const main = [...groups].sort((a, b) => b.people.length - a.people.length)[0]!;
        const label = this.#label({ ...main, people: all, counts: countOutcomes(all) }, groups.length > 1);
        return this.#icon('people-cluster', all.length, label, groups.map((g) => g.place).join(' '));
      },
    });
    this.#cluster.on('animationend spiderfied unspiderfied', () => o.drawn());
  }

  #name(id: string) {
    return this.#places.get(id)?.name[this.#o.lang] ?? id;
  }

  #counts(counts: [PersonOutcome, number][]) {
    return counts.map(([o, n]) => fill(this.#o.s.counted[o], { n })).join(', ');
  }

  /** "12 people in Almaty: 9 killed, 3 detained", and its kin for areas and for no place. */
  #label(g: PeopleGroup, near = false): string {
    const s = this.#o.s;
    const params = {
      people: fill(s.count, { count: g.people.length }),
      place: this.#name(g.place),
      counts: this.#counts(g.counts),
    };
    if (g.kind === 'none') return fill(s.noPlace, params);
    if (g.kind === 'area') return fill(s.across, params);
    return fill(near ? s.near : s.in, params);
  }

  #icon(kind: string, n: number, label: string, places: string): Leaflet.DivIcon {
    // the number is what the eye reads; the label is what a screen reader announces for this button
    return this.#o.L.divIcon({
      className: `people-marker ${kind}`,
      html: h(
        'div',
        { 'data-count': String(n), 'data-places': places },
        h('span', { 'aria-hidden': 'true' }, String(n)),
        h('span', { class: 'visually-hidden' }, label),
      ),
      iconSize: n >= 10 ? [40, 40] : [32, 32],
    });
  }

  /** Who a group holds: named people linked to their pages, the others counted by age band, sex and what happened. */
  #block(g: PeopleGroup, heading: 'h3' | 'p'): HTMLElement {
    const { s, lang } = this.#o;
    const named = g.people.filter((p) => p.person.name && p.person.id);
    const unnamed = g.people.filter((p) => !(p.person.name && p.person.id));
    const kinds = new Map<string, number>();
    for (const p of unnamed) {
      const parts = [s.outcome[p.outcome], p.person.sex ? s.sex[p.person.sex] : '', s.ageBand[p.person.age]];
      const key = parts.filter(Boolean).join(' · ');
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    const title = this.#label(g);
    return h(
      'div',
      { class: 'people-group', 'data-place': g.place, 'data-count': String(g.people.length) },
      heading === 'h3' ? h('h3', {}, title) : h('p', {}, h('strong', {}, title)),
      ...(named.length
        ? [
            h(
              'ul',
              { class: 'people-named' },
              ...named.map((p: Placed) =>
                h(
                  'li',
                  { 'data-id': p.person.id },
                  h('a', { href: localePath(lang, paths.person(p.person.id!)) }, p.person.name![lang]),
                  ` · ${s.outcome[p.outcome]}`,
                ),
              ),
            ),
          ]
        : []),
      ...(unnamed.length
        ? [
            h('p', { class: 'people-unnamed' }, fill(s.unnamed, { count: unnamed.length })),
            h(
              'ul',
              { class: 'people-unnamed-list' },
              ...[...kinds].map(([text, n]) => h('li', {}, n > 1 ? `${text} (${n})` : text)),
            ),
          ]
        : []),
    );
  }

  /** A popup no wider than the map leaves room for: on a phone the map cannot always pan it into view. */
  #popupWidth() {
    return Math.max(180, Math.min(320, this.#o.map.getSize().x - 80));
  }

  #areaBounds(id: string): Leaflet.LatLngBounds | undefined {
    const shape = this.#places.get(id)?.kind === 'country' ? this.#o.country : this.#o.regions.get(id);
    return (shape as unknown as Leaflet.Polygon | undefined)?.getBounds();
  }

  /** Draws the people the chosen outcomes select (`?what=`; none chosen: everyone). */
  async show(what: string | undefined) {
    const chosen = parseOutcomes(what);
    const { L, map, host } = this.#o;
    delete host.dataset.peopleReady;
    const data = await loadPeople();
    if (!this.#places.size) for (const p of data.places) this.#places.set(p.id, p);
    this.#groups = groupPeople(data.people, chosen, this.#places);
    this.#cluster.clearLayers();
    const markers = this.#groups
      .filter((g) => g.kind === 'point')
      .map((g) => {
        const place = this.#places.get(g.place)!;
        const label = this.#label(g);
        const m = L.marker([place.lat, place.lon], {
          icon: this.#icon('people-city', g.people.length, label, g.place),
          title: label,
          group: g,
        } as Leaflet.MarkerOptions);
        let content: HTMLElement | undefined;
        m.bindPopup(() => (content ??= this.#block(g, 'p')), { maxWidth: this.#popupWidth() });
        return m;
      });
    this.#cluster.addLayers(markers);
    if (!map.hasLayer(this.#cluster)) this.#cluster.addTo(map);
    this.#areas();
    this.#list();
    host.dataset.people = String(this.#groups.reduce((n, g) => n + g.people.length, 0));
    // markercluster draws its icons in the next frames: report once they are in
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    this.#o.drawn();
    host.dataset.peopleReady = 'true';
  }

  hide() {
    this.#o.map.removeLayer(this.#cluster);
    for (const layer of [...this.#o.regions.values(), this.#o.country])
      layer?.getElement()?.classList.remove('has-people');
  }

  /** Regions, the country and "no place": buttons under the map, each opening its people. */
  #areas() {
    const { L, map, host } = this.#o;
    const box = host.querySelector<HTMLElement>('.map-people-areas');
    for (const layer of [...this.#o.regions.values(), this.#o.country])
      layer?.getElement()?.classList.remove('has-people');
    const items = this.#groups
      .filter((g) => g.kind !== 'point')
      .map((g) => {
        const bounds = g.kind === 'area' ? this.#areaBounds(g.place) : undefined;
        const shape = this.#places.get(g.place)?.kind === 'country' ? this.#o.country : this.#o.regions.get(g.place);
        if (g.kind === 'area') shape?.getElement()?.classList.add('has-people');
        let content: HTMLElement | undefined;
        const button = h(
          'button',
          { type: 'button', class: 'map-area', 'data-area': g.place || 'none', 'data-count': String(g.people.length) },
          this.#label(g),
        );
        button.addEventListener('click', () =>
          L.popup({ maxWidth: this.#popupWidth() })
            .setLatLng(bounds ? bounds.getCenter() : map.getCenter())
            .setContent((content ??= this.#block(g, 'p')))
            .openOn(map),
        );
        return h('li', {}, button);
      });
    if (box) {
      box.querySelector('ul')!.replaceChildren(...items);
      box.hidden = items.length === 0;
    }
  }

  /** The list beside the map follows the part in view, as it does for events. */
  follow(view: Leaflet.LatLngBounds) {
    this.#view = view;
    if (this.#groups.length) this.#list();
  }

  #list() {
    const box = document.querySelector<HTMLElement>('.map-people');
    if (!box) return;
    const view = this.#view;
    const shown = this.#groups.filter((g) => {
      if (!view || g.kind === 'none' || this.#places.get(g.place)?.kind === 'country') return true;
      if (g.kind === 'area') return this.#areaBounds(g.place)?.intersects(view) ?? true;
      const p = this.#places.get(g.place)!;
      return view.contains([p.lat, p.lon]);
    });
    const total = this.#groups.reduce((n, g) => n + g.people.length, 0);
    box.querySelector('.view-count')!.textContent = fill(this.#o.s.inView, {
      shown: shown.reduce((n, g) => n + g.people.length, 0),
      total,
    });
    box.querySelector('.people-groups')!.replaceChildren(...shown.map((g) => this.#block(g, 'h3')));
  }
}
