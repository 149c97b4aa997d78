/**
 * The offline basemap: Kazakhstan's regions as of January 2022 as TopoJSON (about 45 KB; the
 * browser turns it into shapes with topojson-client), each region's id being its id in
 * content/places.yaml. Drawn from src/geo/ (see its README for where the boundaries come from);
 * no tile server is ever asked.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../geo/kaz-admin1.topo.json' with { type: 'json' };

/** Natural Earth admin-1 codes → our region ids. South Kazakhstan (pre-2018) is drawn as Turkistan Region with Shymkent inside it. */
export const REGION_CODES: Record<string, string> = {
  'KZ.AT': 'aktobe-region',
  'KZ.QS': 'kostanay-region',
  'KZ.QO': 'kyzylorda-region',
  'KZ.AR': 'atyrau-region',
  'KZ.WK': 'west-kazakhstan-region',
  'KZ.AM': 'akmola-region',
  'KZ.QG': 'karaganda-region',
  'KZ.NK': 'north-kazakhstan-region',
  'KZ.PA': 'pavlodar-region',
  'KZ.EK': 'east-kazakhstan-region',
  'KZ.AA': 'almaty-region',
  'KZ.MG': 'mangystau-region',
  'KZ.SK': 'turkistan-region',
  'KZ.ZM': 'zhambyl-region',
  'KZ.AC': 'almaty-city',
  'KZ.AS': 'nur-sultan-city',
};

export type Basemap = Topology<{ regions: GeometryCollection }>;

export function basemap(): Basemap {
  const t = topo as unknown as Topology<{ kaz: GeometryCollection<{ name: string | null }> }>;
  return {
    ...t,
    objects: {
      // Baikonur (-99 in the source, leased to Russia) keeps no id: it is drawn, but no region is it.
      regions: {
        type: 'GeometryCollection',
        geometries: t.objects.kaz.geometries.map(({ properties: _p, ...g }) => ({
          ...g,
          id: REGION_CODES[String(g.id)],
        })),
      },
    },
  } as Basemap;
}
