import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiLineString } from 'geojson';

// Natural Earth 1:10m reference lines for the Russian Far East, extracted once into far-east.json
// (scripts/extract-far-east.ts says from what): the Tumen and the Ussuri, which the 1:50m rivers lack, and
// the borders between the first-level regions the trips cross.

export interface FarEastProperties {
  kind: 'river' | 'region-border';
  /** A river's Natural Earth name. */
  name?: string;
  /** The two regions a border divides, in alphabetical order. */
  regions?: [string, string];
}

export type FarEast = FeatureCollection<MultiLineString, FarEastProperties>;

let cached: FarEast | undefined;

/** Read by path, as the content is (next.config.js traces the file for the standalone server). */
export function farEast(): FarEast {
  cached ??= JSON.parse(readFileSync(join(process.cwd(), 'content', 'basemap', 'far-east.json'), 'utf8')) as FarEast;
  return cached;
}
