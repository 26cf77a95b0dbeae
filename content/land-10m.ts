import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type LandIndex, landIndex } from '../geo/land';

/** The trips' part of the world: railways and train legs are checked against land only here. */
export const RAIL_REGION: BBox = [100, 35, 145, 60];

/**
 * Natural Earth 1:10m land (world-atlas, the basemap's own coastline), indexed
 * for point-in-land tests within `within`. Read by path, like the basemap.
 */
export function readLand(root = process.cwd(), within: BBox = RAIL_REGION): LandIndex {
  const path = join(root, 'node_modules', 'world-atlas', 'land-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: GeometryCollection }>;
  return landIndex(feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>, within);
}
