import { type Basemap, type BasemapLevel, buildBasemap } from './basemap/basemap';
import { loadContent } from './load';
import { buildMapData, type MapData } from './map-data';

// What the pages and routes read. Content is parsed once per server process
// (at build time for the static routes), never per request.

let mapData: MapData | null = null;
const basemaps = new Map<BasemapLevel, Basemap>();

export function getMapData(): MapData {
  mapData ??= buildMapData(loadContent());
  return mapData;
}

export function getBasemap(level: BasemapLevel): Basemap {
  const data = getMapData();
  if (!basemaps.has(level)) basemaps.set(level, buildBasemap(level, data.bounds, data.places.map((p) => p.coordinates)));
  return basemaps.get(level)!;
}
