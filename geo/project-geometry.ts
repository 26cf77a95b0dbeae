import type { Geometry, Position } from 'geojson';
import { type View, toViewPixel } from './fit-view';

type Projectable = Exclude<Geometry, { type: 'GeometryCollection' }>;

/**
 * The geometry with every position replaced by its pixel in the view's frame
 * ([x, y], y down), rounded to a tenth of a pixel: the input of a static
 * renderer. Same GeoJSON type out as in.
 */
export function projectGeometry<G extends Projectable>(geometry: G, view: View): G {
  const project = (position: Position): Position => toViewPixel(position, view).map((v) => Math.round(v * 10) / 10);
  const walk = (value: unknown): unknown =>
    typeof (value as Position)[0] === 'number' ? project(value as Position) : (value as unknown[]).map(walk);
  return { ...geometry, coordinates: walk(geometry.coordinates) } as G;
}
