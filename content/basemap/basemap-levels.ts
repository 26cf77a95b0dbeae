// Safe for the browser: no Node imports (basemap.ts builds the levels on the server).

export type BasemapLevel = 'world' | 'region' | 'detail';

/** Coarse to fine: the order the levels are stacked in. */
export const BASEMAP_LEVELS: BasemapLevel[] = ['world', 'region', 'detail'];

/** Where a level is served from (written into public/ by `npm run build`). */
export function basemapPath(level: BasemapLevel): string {
  return `/data/basemap-${level}.json`;
}

/**
 * The closest zoom the bundled basemap can carry: Natural Earth 1:10m's coast has a vertex every
 * 1–3 km, a few pixels apart at zoom 9 and a bare polygon from zoom 11 (a step to Pyongyang
 * station at zoom 13 showed a blank field under a 5 km scale bar). Closer zooms need the optional
 * tiles.
 */
export const BASEMAP_MAX_ZOOM = 9;

/** The interactive map's closest zoom with the optional tiles. */
export const MAP_MAX_ZOOM = 13;
