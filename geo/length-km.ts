import length from '@turf/length';
import type { LineString } from 'geojson';

/** Length of a line along the Earth's surface, in kilometres rounded to a whole number. */
export function lengthKm(line: LineString): number {
  return Math.round(length({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' }));
}
