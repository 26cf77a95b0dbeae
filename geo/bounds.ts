import bbox from '@turf/bbox';
import type { BBox, FeatureCollection } from 'geojson';

/** [west, south, east, north] of everything in the collection; unwrapped longitudes stay unwrapped. */
export function boundsOf(collection: FeatureCollection): BBox {
  if (collection.features.length === 0) throw new Error('boundsOf: the collection is empty');
  const [west, south, east, north] = bbox(collection);
  return [west, south, east, north];
}
