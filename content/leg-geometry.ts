import distance from '@turf/distance';
import type { FeatureCollection, LineString, Position } from 'geojson';
import { greatCircleArc } from '../geo/great-circle-arc';
import { railPath } from '../geo/rail-path';
import { TRAIN_END_KM } from './railway-checks';
import type { TravelMode } from './schema';

/**
 * Points for a great-circle arc: one about every 200 km (8 to 64). A 200 km
 * chord strays from the true arc by under a kilometre, and fewer points make
 * the map cheaper to redraw and the data lighter to send.
 */
export function arcPoints(km: number): number {
  return Math.min(64, Math.max(8, Math.ceil(km / 200) + 1));
}

/** The drawn path of a leg: rail legs follow the corridors, flights are great circles, car legs are direct. */
export function legGeometry(
  mode: TravelMode,
  from: Position,
  to: Position,
  railways: FeatureCollection<LineString>,
): LineString {
  switch (mode) {
    case 'train':
      return railPath(railways, from, to, { maxAccessKm: TRAIN_END_KM });
    case 'air':
      return greatCircleArc(from, to, arcPoints(distance(from, to, { units: 'kilometers' })));
    case 'car':
      return { type: 'LineString', coordinates: [from, to] };
  }
}
