import along from '@turf/along';
import length from '@turf/length';
import type { Feature, LineString, Point } from 'geojson';
import { projectToPixels } from './web-mercator';

/**
 * A point halfway along the line with the on-screen direction of travel there,
 * in degrees clockwise from east (Web Mercator, so the angle holds at every
 * zoom). Null for lines too short to show a direction.
 */
export function directionArrow(line: LineString, minKm = 1): Feature<Point, { angle: number }> | null {
  const feature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: line };
  const total = length(feature, { units: 'kilometers' });
  if (total < minKm) return null;
  const halfway = total / 2;
  const step = Math.min(total / 20, 5);
  const before = along(feature, halfway - step, { units: 'kilometers' }).geometry.coordinates;
  const after = along(feature, halfway + step, { units: 'kilometers' }).geometry.coordinates;
  const [x1, y1] = projectToPixels(before, 0);
  const [x2, y2] = projectToPixels(after, 0);
  const angle = Math.round(((Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI) * 10) / 10;
  return {
    type: 'Feature',
    properties: { angle },
    geometry: along(feature, halfway, { units: 'kilometers' }).geometry,
  };
}
