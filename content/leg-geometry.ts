import type { FeatureCollection, LineString, Position } from 'geojson';
import { greatCircleArc } from '../geo/great-circle-arc';
import { railPath } from '../geo/rail-path';
import type { TravelMode } from './schema';

/** The drawn path of a leg: rail legs follow the corridors, flights are great circles, car legs are direct. */
export function legGeometry(
  mode: TravelMode,
  from: Position,
  to: Position,
  railways: FeatureCollection<LineString>,
): LineString {
  switch (mode) {
    case 'train':
      return railPath(railways, from, to);
    case 'air':
      return greatCircleArc(from, to);
    case 'car':
      return { type: 'LineString', coordinates: [from, to] };
  }
}
