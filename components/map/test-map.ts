import { type LatLngTuple, map as leafletMap, type Map as LeafletMap } from 'leaflet';

/**
 * For unit tests in happy-dom: an 800 × 600 map without animations at `center` and `zoom`.
 * happy-dom lays nothing out, so the container is given the size Leaflet reads.
 */
export function testMap(center: LatLngTuple, zoom: number): LeafletMap {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  document.body.append(container);
  return leafletMap(container, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView(center, zoom);
}
