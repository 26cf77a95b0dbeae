import type { Position } from 'geojson';
import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';

// The one place where GeoJSON [lng, lat] becomes Leaflet [lat, lng].

export const toLatLng = ([lng, lat]: Position): LatLngTuple => [lat, lng];

export const toLatLngs = (positions: Position[]): LatLngTuple[] => positions.map(toLatLng);

/** [west, south, east, north] to Leaflet bounds. */
export const toLatLngBounds = ([w, s, e, n]: readonly number[]): LatLngBoundsExpression => [
  [s, w],
  [n, e],
];
