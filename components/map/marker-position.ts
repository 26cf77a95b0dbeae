import { type Map as LeafletMap, Marker, type Point } from 'leaflet';

/** The private part of Leaflet 1.9's Marker that places its icon. */
interface MarkerInternals {
  _map: (LeafletMap & { _animatingZoom?: boolean }) | null;
  _icon: (HTMLElement & { _leaflet_pos?: Point }) | null;
  _shadow: (HTMLElement & { _leaflet_pos?: Point }) | null;
  _zIndex: number;
  options: { zIndexOffset?: number };
  _resetZIndex(): void;
  _setPos(pos: Point): void;
  update(): void;
}

const leafletSetPos = (Marker.prototype as unknown as MarkerInternals)._setPos;

/**
 * Markers placed with a 2D translate, not Leaflet's `translate3d`.
 *
 * A 3D transform makes every icon (the place pins, the country and sea names) a compositing layer
 * of its own, and Chrome works out (layerizes) and commits that many layers in every frame a step
 * paints. A 2D translate moves the icon the same way and is painted with the rest of the marker
 * pane. During an animated zoom Leaflet's own placing runs: the icons glide to their new places
 * with a CSS transition of their transform, as Leaflet does it, and return to a 2D translate when
 * the zoom ends.
 *
 * `_leaflet_pos` is kept as Leaflet keeps it (`DomUtil.getPosition` reads it). This builds on a
 * private method of Leaflet 1.9's Marker; `e2e/stepping.spec.ts` checks that each leg ends on its
 * place's pin after every step.
 */
function setPosFlat(this: MarkerInternals, pos: Point): void {
  if (this._map?._animatingZoom) {
    leafletSetPos.call(this, pos);
    // Leaflet places markers again on the `zoom` that ends most animations, but not after a pinch
    // that ends on a snapped zoom: place this one flat again once the zoom has ended.
    this._map.once('zoomend', this.update, this);
    return;
  }
  for (const element of [this._icon, this._shadow]) {
    if (!element) continue;
    element._leaflet_pos = pos;
    element.style.transform = `translate(${pos.x}px,${pos.y}px)`;
  }
  this._zIndex = pos.y + (this.options.zIndexOffset ?? 0);
  this._resetZIndex();
}

/** Makes every Leaflet marker place itself with a 2D translate (see setPosFlat). Idempotent. */
export function placeMarkersFlat(): void {
  Marker.include({ _setPos: setPosFlat });
}
