import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox } from 'geojson';
import { type LandIndex, landIndex } from '../geo/land';
import { type Topology, type TopoPolygons, topoPolygons } from '../geo/topojson-polygons';

/** The trips' part of the world: railways and train legs are checked against land only here. */
export const RAIL_REGION: BBox = [100, 35, 145, 60];

/**
 * Natural Earth 1:10m land (world-atlas, the basemap's own coastline), indexed
 * for point-in-land tests within `within`. Read by path, like the basemap.
 */
export function readLand(root = process.cwd(), within: BBox = RAIL_REGION): LandIndex {
  const path = join(root, 'node_modules', 'world-atlas', 'land-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology & { objects: { land: { geometries: TopoPolygons[] } } };
  const polygons = topology.objects.land.geometries.map((geometry) => topoPolygons(topology, geometry, within));
  return landIndex({ type: 'MultiPolygon', coordinates: polygons.flatMap((p) => p.coordinates) }, within);
}
