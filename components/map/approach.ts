import type { BBox } from 'geojson';
import { approachBox, arrivesFromNorth } from '../../geo/approach-box';
import type { MapData } from '../../content/map-data';

/** How much of the leg that reached a visit its step shows. */
const APPROACH_KM = 200;

export interface Approach {
  /** The visit's place and the end of the leg that reached it: what a step frames. */
  box: BBox;
  /** The leg arrives from the north: the visit's popup opens below its pin, not over the leg. */
  fromNorth: boolean;
}

const approaches = new WeakMap<MapData, Map<string, Approach>>();

/** Each visit's approach, worked out once per data set (the step and its popup both ask). */
export function approachOf(data: MapData, visit: string): Approach | undefined {
  let byVisit = approaches.get(data);
  if (!byVisit) {
    const placeById = new Map(data.places.map((p) => [p.id, p]));
    const legTo = new Map(data.legs.map((l) => [l.to, l]));
    byVisit = new Map(data.visits.map((v) => {
      const place = placeById.get(v.place)!.coordinates;
      const leg = legTo.get(v.id);
      const line = leg ? { type: 'LineString' as const, coordinates: leg.coordinates } : null;
      return [v.id, { box: approachBox(place, line, APPROACH_KM), fromNorth: arrivesFromNorth(place, line, APPROACH_KM) }];
    }));
    approaches.set(data, byVisit);
  }
  return byVisit.get(visit);
}
