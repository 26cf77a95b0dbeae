import along from '@turf/along';
import length from '@turf/length';
import type { LineString, Position } from 'geojson';

/** The position a given fraction (0–1) of the way along a line, measured on the Earth's surface. */
export function pointAlong(line: LineString, fraction: number): Position {
  const feature = { type: 'Feature' as const, properties: {}, geometry: line };
  const total = length(feature, { units: 'kilometers' });
  const clamped = Math.min(1, Math.max(0, fraction));
  return along(feature, total * clamped, { units: 'kilometers' }).geometry.coordinates;
}
