import bbox from '@turf/bbox';
import type { BBox, FeatureCollection, Position } from 'geojson';

/** [west, south, east, north] of everything in the collection; unwrapped longitudes stay unwrapped. */
export function boundsOf(collection: FeatureCollection): BBox {
  if (collection.features.length === 0) throw new Error('boundsOf: the collection is empty');
  const [west, south, east, north] = bbox(collection);
  return [west, south, east, north];
}

/**
 * [west, south, east, north] of a run of positions (a ring, a line): a plain loop, for the
 * thousands of Natural Earth rings the basemap build and the land check index.
 */
export function positionsBox(positions: Position[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}
