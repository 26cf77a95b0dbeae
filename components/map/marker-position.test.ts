// @vitest-environment happy-dom
import { divIcon, marker, Marker, type Map as LeafletMap } from 'leaflet';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { placeMarkersFlat } from './marker-position';
import { testMap } from './test-map';

describe('markers are placed with a 2D translate', () => {
  let map: LeafletMap;
  // placeMarkersFlat changes Leaflet's Marker for everything that shares the module: put it back after.
  const leafletSetPos = (Marker.prototype as unknown as { _setPos: unknown })._setPos;
  beforeAll(placeMarkersFlat);
  afterAll(() => {
    Marker.include({ _setPos: leafletSetPos });
  });

  beforeEach(() => {
    map = testMap([43.12, 131.89], 6);
  });

  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
  });

  it('places an icon at its layer point with translate(), never translate3d()', () => {
    const pin = marker([43.12, 131.89], { icon: divIcon({ className: 'pin' }) }).addTo(map);
    const { x, y } = map.latLngToLayerPoint([43.12, 131.89]);
    expect(pin.getElement()!.style.transform).toBe(`translate(${x}px,${y}px)`);
  });

  it('after a zoom animation that ends without placing it again (a pinch), places it flat once the zoom ends', () => {
    const pin = marker([43.12, 131.89], { icon: divIcon({ className: 'pin' }) }).addTo(map);
    const icon = pin.getElement()!;
    const animating = map as unknown as { _animatingZoom: boolean };
    // During the animation Leaflet's own placing runs (in a browser, translate3d).
    animating._animatingZoom = true;
    icon.style.transform = 'translate3d(1px, 2px, 0px)';
    pin.setLatLng(pin.getLatLng()); // places it again
    expect(icon.style.transform).toBe('translate3d(1px, 2px, 0px)');
    animating._animatingZoom = false;
    map.fire('zoomend');
    const { x, y } = map.latLngToLayerPoint([43.12, 131.89]);
    expect(icon.style.transform).toBe(`translate(${x}px,${y}px)`);
  });
});
