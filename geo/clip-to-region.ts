import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import type { BBox, Feature, FeatureCollection, GeoJsonProperties, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

type Shape = Polygon | MultiPolygon | LineString | MultiLineString;

/** Simplifies one part; null when the part collapses (a clip sliver, or too small for the tolerance). */
function simplifyPart<G extends Polygon | LineString>(geometry: G, tolerance: number): G | null {
  try {
    const out = simplify(geometry, { tolerance, highQuality: false });
    return out.coordinates.length > 0 ? out : null;
  } catch {
    return null; // turf refuses rings of fewer than 4 distinct positions
  }
}

function simplifyShape(geometry: Shape, tolerance: number): Shape {
  switch (geometry.type) {
    case 'Polygon':
      return simplifyPart(geometry, tolerance) ?? { type: 'Polygon', coordinates: [] };
    case 'LineString':
      return simplifyPart(geometry, tolerance) ?? { type: 'LineString', coordinates: [] };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.flatMap((coordinates) => {
          const part = simplifyPart<Polygon>({ type: 'Polygon', coordinates }, tolerance);
          return part ? [part.coordinates] : [];
        }),
      };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: geometry.coordinates.flatMap((coordinates) => {
          const part = simplifyPart<LineString>({ type: 'LineString', coordinates }, tolerance);
          return part ? [part.coordinates] : [];
        }),
      };
  }
}

function isEmpty(geometry: Shape): boolean {
  return geometry.coordinates.length === 0 || geometry.coordinates.every((part) => part.length === 0);
}

/**
 * Keeps only what lies inside the region, simplified to the given tolerance
 * (degrees), so a world dataset becomes a light basemap for one region.
 * Parts left empty or degenerate by the clip are dropped; coordinates are
 * rounded to `precision` decimals to keep the payload small.
 */
export function clipToRegion<G extends Shape, P extends GeoJsonProperties>(
  collection: FeatureCollection<G, P>,
  region: BBox,
  tolerance: number,
  precision = 3,
): FeatureCollection<G, P> {
  const factor = 10 ** precision;
  const round = (value: Position | Position[] | unknown): unknown =>
    Array.isArray(value) ? value.map(round) : Math.round((value as number) * factor) / factor;
  const features: Feature<G, P>[] = [];
  for (const feature of collection.features) {
    const clipped = bboxClip(feature as Feature<Shape, P>, region).geometry;
    if (isEmpty(clipped)) continue;
    const simplified = simplifyShape(clipped, tolerance);
    if (isEmpty(simplified)) continue;
    const geometry = { ...simplified, coordinates: round(simplified.coordinates) } as G;
    features.push({ type: 'Feature', properties: feature.properties, geometry });
  }
  return { type: 'FeatureCollection', features };
}
