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
  /** Clips `_rings` to the renderer's bounds into the parts that are drawn. */
  _clipPoints?(): void;
  _rings: Point[][];
  _renderer: { _bounds: { min: Point; max: Point } };
  /** The path's box in layer pixels, widened by the click tolerance; unset before the first projection. */
  _pxBounds?: { min: Point; max: Point };
  options: { weight?: number; noClip?: boolean };
}

/** A box as [min x, min y, max x, max y]. */
type Box = [number, number, number, number];

function boxOf(xy: Float64Array): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xy.length; i += 2) {
    box[0] = Math.min(box[0], xy[i]);
    box[1] = Math.min(box[1], xy[i + 1]);
    box[2] = Math.max(box[2], xy[i]);
    box[3] = Math.max(box[3], xy[i + 1]);
  }
  return box;
}

/** A ring's vertices projected at zoom 0 (x, y, x, y, …), and their box there, kept as long as the ring. */
const atZoomZero = new WeakMap<LatLng[], { xy: Float64Array; box: Box }>();

/**
 * A ring of layer points as projectFromZoomZero hands it to Leaflet: its box at the zoom it was
 * projected for, and, until the ring is first needed (`xy` is then null), what its points are made
 * from (it is left empty until then). Kept on the ring's array: a WeakMap entry per ring and zoom
 * cost the garbage collector more than the projection saved, with thousands of legs.
 */
interface RingAtZoom {
  box: Box;
  xy: Float64Array | null;
  scale: number;
  origin: Point;
}
const AT_ZOOM = Symbol('ring at zoom');
type RingPoints = Point[] & { [AT_ZOOM]?: RingAtZoom };
/** What Leaflet clips in place of a ring wholly outside the view: nothing. */
const NO_POINTS: Point[] = Object.freeze([]) as unknown as Point[];

/**
 * Leaflet's `_projectLatlngs`, from each vertex's position at zoom 0 worked out once, and only
 * for the rings that are in view.
 *
 * Leaflet projects every vertex anew on each zoom (a sine and a logarithm, and four Points made
 * and thrown away per vertex): with the basemap's finest level drawn, 12 ms of a step that
 * changes zoom went there. In the map's CRS (Leaflet's default, EPSG:3857) zoom z is the zoom-0
 * plane scaled by 2^z (`getZoomScale(z, 0)`), at half zooms too, so a vertex's layer point is
 * its zoom-0 point times that scale, rounded, less the pixel origin: what `latLngToLayerPoint`
 * gives, made with one Point. Each level of the basemap is one feature per kind, with the
 * rings of the whole region in it, and a step's view holds a few of them: a ring's layer points
 * are made when it is first clipped into view (clipRingsInView), from the scale and origin of the
 * zoom it was projected for, so they are the same points, made later. Of a ring changed in place
 * only a change of length is noticed (no layer of the app changes its rings in place).
 * e2e/stepping.spec.ts checks after every step of a trip that the leg reaching the visit (an SVG
 * path) ends within 1.5 px of its place's pin, which Leaflet places with its own projection;
 * renderers.test.ts that the parts drawn are Leaflet's own, after zooms and pans.
 */
function projectFromZoomZero(this: PathInternals, latlngs: Rings, result: Point[][], projectedBounds: Bounds): void {
  if (!(latlngs[0] instanceof LatLng)) {
    for (const ring of latlngs as Rings[]) projectFromZoomZero.call(this, ring, result, projectedBounds);
    return;
  }
  const map = this._map;
  const ring = latlngs as LatLng[];
  let zero = atZoomZero.get(ring);
  if (!zero || zero.xy.length !== ring.length * 2) {
    const xy = new Float64Array(ring.length * 2);
    for (let i = 0; i < ring.length; i += 1) {
      const p = map.project(ring[i], 0);
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
    zero = { xy, box: boxOf(xy) };
    atZoomZero.set(ring, zero);
  }
  const scale = map.getZoomScale(map.getZoom(), 0);
  const origin = map.getPixelOrigin();
  // Rounding keeps order, so the rounded box is the box of the rounded points.
  const [minX, minY, maxX, maxY] = zero.box;
  const box: Box = [atZoom(minX, scale, origin.x), atZoom(minY, scale, origin.y), atZoom(maxX, scale, origin.x), atZoom(maxY, scale, origin.y)];
  if (ring.length > 0) extendBounds(projectedBounds, box);
  const points: RingPoints = [];
  points[AT_ZOOM] = { box, xy: zero.xy, scale, origin };
  result.push(points);
}

/**
 * Leaflet's `Bounds.extend` by a box, without the four Points it would make for it: with 5000 legs
 * (happy-dom), projecting took 20.7 ms a reset against 22.6 ms with Leaflet's (4 paired runs).
 */
function extendBounds(bounds: Bounds, [minX, minY, maxX, maxY]: Box): void {
  const { min, max } = bounds;
  if (!min || !max) {
    bounds.min = new Point(minX, minY);
    bounds.max = new Point(maxX, maxY);
    return;
  }
  min.x = Math.min(min.x, minX);
  min.y = Math.min(min.y, minY);
  max.x = Math.max(max.x, maxX);
  max.y = Math.max(max.y, maxY);
}

/** A zoom-0 coordinate as a layer pixel at the zoom of `scale` and the pixel origin's `origin` (see projectFromZoomZero). */
function atZoom(zeroCoordinate: number, scale: number, origin: number): number {
  return Math.round(zeroCoordinate * scale) - origin;
}

/** Makes a pending ring's layer points, as projectFromZoomZero describes. */
function fillRing(points: Point[], ring: RingAtZoom): void {
  const { scale, origin } = ring;
  const xy = ring.xy!;
  for (let i = 0; i < xy.length; i += 2) points.push(new Point(atZoom(xy[i], scale, origin.x), atZoom(xy[i + 1], scale, origin.y)));
  ring.xy = null;
}

/**
 * Leaflet's `_clipPoints`, given only the rings whose box meets the renderer's bounds widened by
 * the stroke: a ring wholly outside clips to nothing, and Leaflet would still test each of its
 * vertices. Leaflet widens the bounds so for polygons; for polylines, which it clips to the bounds
 * themselves, the widening only gives it a few more rings, which clip to nothing. The rings given
 * are made first if pending.
 */
function clipRingsInView(this: PathInternals, clip: () => void): void {
  const all = this._rings;
  const whole = this._pxBounds;
  // Not projected yet: Leaflet clips it to nothing without reading its rings (or the renderer's bounds).
  if (!whole) {
    clip.call(this);
    return;
  }
  const { min, max } = this._renderer._bounds;
  const w = this.options.weight ?? 0;
  const outside = ([x0, y0, x1, y1]: Box) => x1 < min.x - w || x0 > max.x + w || y1 < min.y - w || y0 > max.y + w;
  // A path wholly outside: the same.
  if (outside([whole.min.x, whole.min.y, whole.max.x, whole.max.y])) {
    clip.call(this);
    return;
  }
  const everyRing = Boolean(this.options.noClip);
  // The rings given to Leaflet, copied only once one of them is left out.
  let given: Point[][] | null = null;
  for (let i = 0; i < all.length; i += 1) {
    const points = all[i];
    const ring = (points as RingPoints)[AT_ZOOM];
    const out = ring !== undefined && !everyRing && outside(ring.box);
    if (ring?.xy && !out) fillRing(points, ring);
    if (out && !given) given = all.slice(0, i);
    given?.push(out ? NO_POINTS : points);
  }
  if (!given) {
    clip.call(this);
    return;
  }
  this._rings = given;
  try {
    clip.call(this);
  } finally {
    this._rings = all;
  }
}

/** One clipRingsInView per clipping method of Leaflet's (Polyline's, Polygon's), shared by their paths. */
const clipsInView = new Map<() => void, () => void>();

function clipInViewFor(clip: () => void): () => void {
  let inView = clipsInView.get(clip);
  if (!inView) {
    inView = function clipInView(this: PathInternals) {
      clipRingsInView.call(this, clip);
    };
    clipsInView.set(clip, inView);
  }
  return inView;
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
      if (layer._projectLatlngs !== (Polyline.prototype as unknown as PathInternals)._projectLatlngs) return;
      layer._projectLatlngs = projectFromZoomZero;
      layer._clipPoints = clipInViewFor(layer._clipPoints!);
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
