import { type Basemap, type BasemapLevel, buildBasemap } from './basemap';
import { loadContent } from './load';
import { buildMapData, type MapData } from './map-data';

// What the pages and routes read. All of it is computed during `next build`
// (every route is static), so content is parsed once and never at request time.

let mapData: MapData | null = null;

export function getMapData(): MapData {
  mapData ??= buildMapData(loadContent());
  return mapData;
}

export function getBasemap(level: BasemapLevel): Basemap {
  const data = getMapData();
  return buildBasemap(level, data.bounds, data.places.map((p) => p.coordinates));
}
