// Run by `npm run build`, after validation: writes what the browser fetches as files into
// public/data/: the trips' view model, the basemap levels and the pages' first-view previews. Files there are served
// compressed by `next start`, which does not compress route handler responses
// (vercel/next.js#98007): the basemap levels would travel at three times their size.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { basemapTopology } from '../content/basemap/basemap';
import { BASEMAP_LEVELS, basemapPath } from '../content/basemap/basemap-levels';
import { DATA_FILES_MANIFEST, hashedDataPath } from '../app/_http/data-files';
import { MAP_DATA_FIXED_PATH, mapDataFixedPath } from '../app/_http/map-data-path';
import { LANGS } from '../content/i18n/lang';
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

// Each edition's view model under its content's hash, which the pages name; English also under
// the fixed name, for scripts built before.
const hashedNames: Record<string, string> = {};
for (const lang of LANGS) {
  const body = JSON.stringify(getMapData(lang));
  const path = hashedDataPath(mapDataFixedPath(lang), body);
  write(path, body);
  hashedNames[mapDataFixedPath(lang)] = path;
}
write(MAP_DATA_FIXED_PATH, JSON.stringify(getMapData()));
write(DATA_FILES_MANIFEST, JSON.stringify(hashedNames));
// /trips.geojson and /visits.csv (next.config.js rewrites them here): served as files, they carry
// a Content-Length and answer ranges and HEAD, which GIS tools reading by URL need; a route
// handler's answer goes out chunked (Next drops its Content-Length).
// English, with the Korean and Russian names and summaries beside it.
const editions = { ko: getMapData('ko'), ru: getMapData('ru') };
write('/data/trips.geojson', JSON.stringify(tripsGeoJson(getMapData(), editions)));
write('/data/visits.csv', visitsCsv(getMapData(), editions));
for (const level of BASEMAP_LEVELS) write(basemapPath(level), JSON.stringify(basemapTopology(level, getBasemap(level))));
// The first views, per edition: their place names and title are in its language (English keeps
// its old paths, the others are under /data/preview/<lang>/).
for (const lang of LANGS) {
  for (const trip of [null, ...getMapData(lang).trips.map((t) => t.id)]) {
    for (const theme of ['light', 'dark'] as StaticTheme[]) {
      for (const shape of Object.keys(PREVIEW_SHAPES) as PreviewShape[]) {
        write(previewPath(trip, theme, shape, lang), getStaticMap({ trip, visit: null, theme, bare: true, lang, ...PREVIEW_SHAPES[shape] }));
      }
    }
  }
}
console.log(`wrote public/data/ (${Math.round(total / 1024)} KB)`);
