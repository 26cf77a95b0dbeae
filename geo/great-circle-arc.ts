import greatCircle from '@turf/great-circle';
import type { LineString, Position } from 'geojson';
import { unwrapAntimeridian } from './unwrap-antimeridian';

/**
 * The great-circle arc between two positions, as one continuous LineString.
 * turf splits arcs that cross the antimeridian into a MultiLineString; here the
 * parts are joined and unwrapped so a web map draws one unbroken arc.
 */
export function greatCircleArc(from: Position, to: Position, npoints = 64): LineString {
  const arc = greatCircle(from, to, { npoints }).geometry;
  const positions = arc.type === 'LineString' ? arc.coordinates : arc.coordinates.flat();
  return { type: 'LineString', coordinates: unwrapAntimeridian(positions) };
}
