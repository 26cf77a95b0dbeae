// Run by `npm run build`, after validation: writes what the browser fetches as files into
// public/data/: the trips' view model, the basemap levels and the pages' first-view previews. Files there are served
// compressed by `next start`, which does not compress route handler responses
// (vercel/next.js#98007): the basemap levels would travel at three times their size.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { basemapTopology } from '../content/basemap/basemap';
import { BASEMAP_LEVELS, basemapPath } from '../content/basemap/basemap-levels';
import { DATA_FILES_MANIFEST, hashedDataPath } from '../app/_http/data-files';
import { MAP_DATA_FIXED_PATH } from '../app/_http/map-data-path';
import { PREVIEW_SHAPES, type PreviewShape, previewPath } from '../app/_http/map-preview';
import { getStaticMap } from '../components/static-map/site-static-map';
import { getBasemap, getMapData } from '../content/site-data';
import { tripsGeoJson } from '../app/_http/trips-geojson';
import { visitsCsv } from '../app/_http/visits-csv';
import type { StaticTheme } from '../components/static-map/static-map';

const publicDir = join(process.cwd(), 'public');
// Generated, so start empty: no preview of a trip that is gone (or of other content) stays served.
rmSync(join(publicDir, 'data'), { recursive: true, force: true });
let total = 0;
function write(path: string, body: string) {
  const file = join(publicDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  total += body.length;
}

const mapData = JSON.stringify(getMapData());
// Under its content's hash, which the islands name (scripts/build-islands.mjs); and under the
// fixed name, for scripts built before.
const mapDataPath = hashedDataPath(MAP_DATA_FIXED_PATH, mapData);
write(mapDataPath, mapData);
write(MAP_DATA_FIXED_PATH, mapData);
write(DATA_FILES_MANIFEST, JSON.stringify({ [MAP_DATA_FIXED_PATH]: mapDataPath }));
// /trips.geojson and /visits.csv (next.config.js rewrites them here): served as files, they carry
// a Content-Length and answer ranges and HEAD, which GIS tools reading by URL need; a route
// handler's answer goes out chunked (Next drops its Content-Length).
write('/data/trips.geojson', JSON.stringify(tripsGeoJson(getMapData())));
write('/data/visits.csv', visitsCsv(getMapData()));
for (const level of BASEMAP_LEVELS) write(basemapPath(level), JSON.stringify(basemapTopology(level, getBasemap(level))));
for (const trip of [null, ...getMapData().trips.map((t) => t.id)]) {
  for (const theme of ['light', 'dark'] as StaticTheme[]) {
    for (const shape of Object.keys(PREVIEW_SHAPES) as PreviewShape[]) {
      write(previewPath(trip, theme, shape), getStaticMap({ trip, visit: null, theme, bare: true, ...PREVIEW_SHAPES[shape] }));
    }
  }
}
console.log(`wrote public/data/ (${Math.round(total / 1024)} KB)`);
