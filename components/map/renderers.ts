import { Bounds, Canvas, DomUtil, LatLng, type LeafletEventHandlerFnMap, type Map as LeafletMap, Point, Polyline, type Renderer, type RendererOptions, SVG } from 'leaflet';

/** The private parts of Leaflet 1.9's Renderer that the classes below build on. */
interface RendererInternals {
  getEvents(): LeafletEventHandlerFnMap;
  _reset(): void;
  _update(): void;
  _updatePaths(): void;
  _updateTransform(center: LatLng, zoom: number): void;
  _onZoomEnd(): void;
  /** Canvas only: postpones its redraw to the `viewreset` to come. */
  _onViewPreReset?(): void;
  /** Added below. */
  _beforeReset(): void;
  _resetPending?: boolean;
  /** Canvas only: set from `viewprereset` until its `_reset` has drawn the paths. */
  _postponeUpdatePaths?: boolean;
  _container: HTMLElement;
  _center: LatLng;
  _zoom: number;
  _layers: Record<string, { _project(): void }>;
  _map: { _animatingZoom?: boolean };
  /** Where `_update` last drew the paths, in whole layer pixels. */
  _bounds: { min: Point };
  /** Called as each path joins the renderer, before it is first projected. */
  _initPath(layer: PathInternals): void;
}

type Rings = LatLng[] | Rings[];

/** The private part of Leaflet 1.9's Polyline (and Polygon) that projects its vertices on every reset. */
interface PathInternals {
  _map: LeafletMap;
  _projectLatlngs?(latlngs: Rings, result: Point[][], projectedBounds: Bounds): void;
}

/** Each ring's vertices projected at zoom 0 (x, y, x, y, …), kept as long as the ring. */
const atZoomZero = new WeakMap<LatLng[], Float64Array>();

/**
 * Leaflet's `_projectLatlngs`, from each vertex's position at zoom 0 worked out once.
 *
 * Leaflet projects every vertex anew on each zoom (a sine and a logarithm, and four Points made
 * and thrown away per vertex): with the basemap's finest level drawn, 12 ms of a step that
 * changes zoom went there. In the map's CRS (Leaflet's default, EPSG:3857) zoom z is the zoom-0
 * plane scaled by 2^z (`getZoomScale(z, 0)`), at half zooms too, so a vertex's layer point is
 * its zoom-0 point times that scale, rounded, less the pixel origin: what `latLngToLayerPoint`
 * gives, made with one Point. Of a
 * ring changed in place only a change of length is noticed (no layer of the app changes its
 * rings in place). e2e/stepping.spec.ts checks after every step of a trip that the leg reaching
 * the visit (an SVG path) ends within 1.5 px of its place's pin, which Leaflet places with its
 * own projection; the canvases are not checked.
 */
function projectFromZoomZero(this: PathInternals, latlngs: Rings, result: Point[][], projectedBounds: Bounds): void {
  if (!(latlngs[0] instanceof LatLng)) {
    for (const ring of latlngs as Rings[]) projectFromZoomZero.call(this, ring, result, projectedBounds);
    return;
  }
  const map = this._map;
  const ring = latlngs as LatLng[];
  let xy = atZoomZero.get(ring);
  if (!xy || xy.length !== ring.length * 2) {
    xy = new Float64Array(ring.length * 2);
    for (let i = 0; i < ring.length; i += 1) {
      const p = map.project(ring[i], 0);
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
    atZoomZero.set(ring, xy);
  }
  const scale = map.getZoomScale(map.getZoom(), 0);
  const origin = map.getPixelOrigin();
  const points: Point[] = new Array(ring.length);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < ring.length; i += 1) {
    const x = Math.round(xy[2 * i] * scale) - origin.x;
    const y = Math.round(xy[2 * i + 1] * scale) - origin.y;
    points[i] = new Point(x, y);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (ring.length > 0) projectedBounds.extend(new Point(minX, minY)).extend(new Point(maxX, maxY));
  result.push(points);
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
 * A reset (`setView`, a step that changes zoom) fires `moveend` before `viewreset`, and Leaflet's
 * renderers update every path on both: SVG clipped and wrote each path three times a step (twice
 * from the old zoom's points), the canvas clipped the basemap twice and cleared itself twice.
 * These renderers do nothing on a `moveend` with a reset to come, and reset by projecting every
 * path and then updating the container, which updates (clips and writes, or draws) each path once.
 *
 * They project each path's vertices from their zoom-0 positions (projectFromZoomZero).
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
    _update() {
      // The `moveend` of a reset: `_reset` updates the container once the paths are projected.
      if (!this._resetPending) base._update.call(this);
    },
    _initPath(layer) {
      base._initPath.call(this, layer);
      // Polylines and polygons only (circle markers project no rings), and not a subclass's own.
      if (layer._projectLatlngs === (Polyline.prototype as unknown as PathInternals)._projectLatlngs) layer._projectLatlngs = projectFromZoomZero;
    },
    _reset() {
      // Leaflet's Renderer._reset updates the container, which updates every path from its old
      // points, and then projects and updates each path again; the canvas then updates all a third
      // time to draw them. Here: project, then update the container, which updates (and for the
      // canvas draws) each path once.
      this._resetPending = false;
      this._postponeUpdatePaths = false;
      for (const id in this._layers) this._layers[id]._project();
      // During a zoom animation Leaflet's _update does nothing, 'update' included: the paths are
      // then updated here, as Leaflet's own reset would, not left as they were until it ends.
      const frozen = Boolean(this._map._animatingZoom && this._bounds);
      base._update.call(this);
      if (frozen) this._updatePaths();
      this._updateTransform(this._center, this._zoom);
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
