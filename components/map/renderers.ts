import { Canvas, DomUtil, type LeafletEventHandlerFnMap, type Point, type Renderer, type RendererOptions, SVG } from 'leaflet';

/** The private parts of Leaflet 1.9's Renderer that the classes below build on. */
interface RendererInternals {
  getEvents(): LeafletEventHandlerFnMap;
  _reset(): void;
  _onZoomEnd(): void;
  /** Canvas only: postpones its redraw to the `viewreset` to come. */
  _onViewPreReset?(): void;
  /** Added below. */
  _beforeReset(): void;
  _resetPending?: boolean;
  _container: HTMLElement;
  /** Where `_update` last drew the paths, in whole layer pixels. */
  _bounds: { min: Point };
}

/**
 * Leaflet's renderers with a leaner `viewreset`.
 *
 * A zoom that is not animated (every step under reduced motion, and any jump too far to
 * animate) fires `zoomend` and then `viewreset` on the map, and Leaflet's renderers project
 * every path on both. The projection on `zoomend` is for animated zooms, which fire no
 * `viewreset`; before one it is thrown away. With the basemap's thousands of vertices it
 * cost 2–5 ms of such a step. These renderers skip it when a `viewreset` is coming, as
 * Leaflet's Canvas already postpones its redraw (`viewprereset` comes first).
 *
 * They also end each reset with the container on the whole pixel its paths were drawn for.
 * Leaflet's `_reset` places it there and then sets it again from the map's centre, a fraction
 * of a pixel off (Leaflet/Leaflet#6069). A layer offset by a fraction is resampled: routes and
 * coasts blur, and in traces on a machine without a GPU each frame of the map took 6–14 ms to
 * composite instead of 3–5 ms.
 *
 * This builds on private methods; e2e/stepping.spec.ts checks that routes still meet their
 * places after such a zoom and that the renderers sit on whole pixels, so a Leaflet upgrade
 * that changes them shows.
 */
function withLeanReset(Base: typeof Canvas | typeof SVG) {
  const base = Base.prototype as unknown as RendererInternals;
  const methods: ThisType<RendererInternals> & Partial<RendererInternals> = {
    getEvents() {
      // A method, not a closure: Leaflet removes the handlers by identity when the renderer leaves the map.
      return { ...base.getEvents.call(this), viewprereset: this._beforeReset };
    },
    _beforeReset() {
      this._resetPending = true;
      base._onViewPreReset?.call(this);
    },
    _onZoomEnd() {
      if (!this._resetPending) base._onZoomEnd.call(this);
    },
    _reset() {
      this._resetPending = false;
      base._reset.call(this);
      DomUtil.setPosition(this._container, this._bounds.min);
    },
  };
  return Base.extend(methods) as new (options?: RendererOptions) => Renderer;
}

const CanvasLeanReset = withLeanReset(Canvas);
const SvgLeanReset = withLeanReset(SVG);

/** A canvas renderer (Leaflet's `canvas()`) with the leaner reset above. */
export const canvasRenderer = (options?: RendererOptions): Renderer => new CanvasLeanReset(options);

/** An SVG renderer (Leaflet's `svg()`) with the leaner reset above. */
export const svgRenderer = (options?: RendererOptions): Renderer => new SvgLeanReset(options);
