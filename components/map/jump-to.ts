import type { LatLng, Map as LeafletMap, Point } from 'leaflet';

/** The private part of Leaflet 1.9's Map that jumpTo builds on. */
interface PanInternals {
  /** Stops a pan or flight under way, and nothing else (the public stop() also sets the zoom, which fires a moveend). */
  _stop(): void;
  /** Moves the map's pane by `offset` pixels: what every pan does, animated or not. */
  _rawPanBy(offset: Point): void;
}

/**
 * Puts `center` in the middle of the map at the zoom it is at, at once, as one pan: what
 * Leaflet's panBy does without animation (movestart, the pane moved, move, moveend).
 *
 * Leaflet's setView and panBy, not animated, reset the view for any move longer than the map's
 * own size (a Chrome tile glitch of 2014, Leaflet#2602): every path and marker is projected and
 * placed anew, as on a zoom. At the zoom a step reaches (9), nearly every step moves further than
 * that, and the reset was most of a step's script. A pan keeps the projection: the renderers only
 * clip their paths to the new view (on `moveend`, as after a drag), and markers move with their
 * pane. e2e/stepping.spec.ts checks, after every step of a trip, that the leg reaching the visit
 * still ends on its place's pin (within 1.5 px) and that renderers sit on whole pixels.
 */
export function jumpTo(map: LeafletMap, center: LatLng): void {
  const internals = map as unknown as PanInternals;
  internals._stop();
  const offset = map.project(center).subtract(map.project(map.getCenter())).round();
  if (offset.x === 0 && offset.y === 0) return;
  map.fire('movestart');
  internals._rawPanBy(offset);
  map.fire('move').fire('moveend');
}
