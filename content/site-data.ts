import { type Basemap, type BasemapLevel, buildBasemap } from './basemap/basemap';
import type { Lang } from './i18n/lang';
import { loadContent } from './load';
import { buildMapData, type MapData } from './map-data';

// What the pages and routes read. Content is parsed once per server process
// (at build time for the static routes), never per request.

const mapData = new Map<Lang, MapData>();
const basemaps = new Map<BasemapLevel, Basemap>();

/** The view model in an edition's language. */
export function getMapData(lang: Lang = 'en'): MapData {
  if (!mapData.has(lang)) mapData.set(lang, buildMapData(loadContent(), lang));
  return mapData.get(lang)!;
}

export function getBasemap(level: BasemapLevel): Basemap {
  const data = getMapData();
  if (!basemaps.has(level)) basemaps.set(level, buildBasemap(level, data.bounds, data.places.map((p) => p.coordinates)));
  return basemaps.get(level)!;
}
