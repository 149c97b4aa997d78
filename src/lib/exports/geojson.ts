/**
 * /data/events.geojson: RFC 7946. Positions are [longitude, latitude] in WGS 84, there is no `crs`
 * member, and every feature carries the same flat properties as the CSV's columns. Points are the
 * published locations (publicLocation), never finer than an entry allows.
 */
import type { ExportContext } from './context.ts';
import { flatRecord, type FlatRecord } from './flat.ts';
import { JsonList } from './json-stream.ts';
import type { ChronicleEvent } from '../chronicle.ts';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Omit<FlatRecord, 'latitude' | 'longitude'>;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  /** Made one at a time as the file is written (json-stream.ts). */
  features: JsonList<ChronicleEvent, EventFeature>;
}

export function eventsGeoJson(ctx: ExportContext): EventFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: new JsonList(ctx.chronicle.events, (e): EventFeature => {
      const { latitude, longitude, ...properties } = flatRecord(ctx, e);
      return {
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [Number(longitude), Number(latitude)] },
        properties,
      };
    }),
  };
}
