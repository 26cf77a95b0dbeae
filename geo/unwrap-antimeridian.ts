import type { Position } from 'geojson';

/**
 * Shifts longitudes by ±360° so that no step between consecutive positions
 * exceeds 180°. A line crossing the antimeridian then runs continuously
 * (e.g. 179 → 181) instead of jumping across the whole map.
 */
export function unwrapAntimeridian(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lng, lat, ...rest] of positions) {
    const previous = out[out.length - 1];
    let unwrapped = lng;
    if (previous) {
      while (unwrapped - previous[0] > 180) unwrapped -= 360;
      while (unwrapped - previous[0] < -180) unwrapped += 360;
    }
    out.push([unwrapped, lat, ...rest]);
  }
  return out;
}
