import { Canvas, type LeafletEventHandlerFnMap, type Renderer, type RendererOptions, SVG } from 'leaflet';

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
}

/**
 * A zoom that is not animated (every step under reduced motion, and any jump too far to
 * animate) fires `zoomend` and then `viewreset` on the map, and Leaflet's renderers project
 * every path on both. The projection on `zoomend` is for animated zooms, which fire no
 * `viewreset`; before one it is thrown away. With the basemap's thousands of vertices it
 * cost 2–5 ms of such a step. These renderers skip it when a `viewreset` is coming, as
 * Leaflet's Canvas already postpones its redraw (`viewprereset` comes first).
 *
 * This builds on private methods; e2e/stepping.spec.ts checks that routes still meet their
 * places after such a zoom, so a Leaflet upgrade that changes them shows.
 */
function projectingOncePerReset(Base: typeof Canvas | typeof SVG) {
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
    },
  };
  return Base.extend(methods) as new (options?: RendererOptions) => Renderer;
}

const CanvasOncePerReset = projectingOncePerReset(Canvas);
const SvgOncePerReset = projectingOncePerReset(SVG);

/** A canvas renderer (Leaflet's `canvas()`) that projects each path once per zoom. */
export const canvasRenderer = (options?: RendererOptions): Renderer => new CanvasOncePerReset(options);

/** An SVG renderer (Leaflet's `svg()`) that projects each path once per zoom. */
export const svgRenderer = (options?: RendererOptions): Renderer => new SvgOncePerReset(options);
