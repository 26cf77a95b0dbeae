import { type Basemap, type BasemapLevel, buildBasemap } from './basemap';
import { loadContent } from './load';
import { buildMapData, type MapData } from './map-data';
import { renderStaticMap, type StaticMapOptions } from './static-map';

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

/** The map as SVG, on the bundled basemap. */
export function getStaticMap(options: StaticMapOptions): string {
  return renderStaticMap(getMapData(), { world: getBasemap('world'), region: getBasemap('region') }, options);
}
