// Safe for the browser: no Node imports (basemap.ts builds the levels on the server).

export type BasemapLevel = 'world' | 'region' | 'detail';

/** Coarse to fine: the order the levels are stacked in. */
export const BASEMAP_LEVELS: BasemapLevel[] = ['world', 'region', 'detail'];

/** Where a level is served from (written into public/ by `npm run build`). */
export function basemapPath(level: BasemapLevel): string {
  return `/data/basemap-${level}.json`;
}
