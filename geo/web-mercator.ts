import type { Position } from 'geojson';

const TILE_SIZE = 256;
const MAX_LATITUDE = 85.0511287798;

/** Projects [lng, lat] to Web Mercator pixels at a zoom level, as Leaflet's default CRS does. */
export function projectToPixels([lng, lat]: Position, zoom: number): [number, number] {
  const scale = TILE_SIZE * 2 ** zoom;
  const clampedLat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  const x = ((lng + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** The inverse of projectToPixels: Web Mercator pixels at a zoom back to [lng, lat]. */
export function unprojectFromPixels([x, y]: Position, zoom: number): [number, number] {
  const scale = TILE_SIZE * 2 ** zoom;
  const lng = (x / scale) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [lng, lat];
}
