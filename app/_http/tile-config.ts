// Safe for the browser and the server alike.

export interface TileConfig {
  url: string;
  attribution: string;
}

/**
 * Optional raster tiles, switched on at build time with NEXT_PUBLIC_TILE_URL
 * (a URL template such as https://tile.example.org/{z}/{x}/{y}.png) and
 * NEXT_PUBLIC_TILE_ATTRIBUTION. The bundled basemap stays underneath, so the
 * map is complete when the tile server is down.
 */
export const tileConfig: TileConfig | null = process.env.NEXT_PUBLIC_TILE_URL
  ? { url: process.env.NEXT_PUBLIC_TILE_URL, attribution: process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? '' }
  : null;
