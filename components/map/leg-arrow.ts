import { createElementObject, createPathComponent, extendContext, type PathProps } from '@react-leaflet/core';
import { CircleMarker, type CircleMarkerOptions, type LatLngTuple, Path, type PathOptions, Point } from 'leaflet';
import { ARROW_POINTS, ARROW_SIZE } from '../ui/direction-arrow';

/** The private part of Leaflet 1.9's CircleMarker (and Path) that draws it. */
interface ArrowInternals {
  options: LegArrowOptions;
  /** Its point in layer pixels, worked out on each projection. */
  _point: Point;
  /** What the renderer draws for a polygon: here one ring, or none when out of view. */
  _parts: Point[][];
  _renderer: { _updatePoly(layer: unknown, closed: boolean): void };
  /** True when its box lies wholly outside the renderer's. */
  _empty(): boolean;
}

/** Its size is the arrowhead's, not a radius of its own. */
export interface LegArrowOptions extends Omit<CircleMarkerOptions, 'radius'> {
  /** Its on-screen direction, degrees clockwise from east. */
  angle: number;
}

const CENTRE = ARROW_SIZE / 2;
/** The farthest corner from the centre, and a pixel for the halo: the box the renderer must keep in view. */
const REACH = Math.ceil(Math.max(...ARROW_POINTS.map(([x, y]) => Math.hypot(x - CENTRE, y - CENTRE))) + 1);

/**
 * A leg's direction arrow as a path of a renderer: the arrowhead of ARROW_POINTS, 14 px at any
 * zoom and turned about its centre to the leg's angle, as a CircleMarker is a circle of a fixed
 * radius. Drawn as paths, every arrow is in one SVG element, which Chrome records, layerizes and
 * paints as one, where an icon per arrow was an element each (ADR 0016).
 *
 * The corners are worked out from the point Leaflet projects for the circle marker (`_point`) and
 * drawn as the renderer draws a polygon (`_updatePoly`); out of view it draws nothing, as a circle
 * marker does.
 */
const LegArrowLayer = CircleMarker.extend({
  options: { radius: REACH },
  // A circle marker's setStyle redraws it, which projects its point again from the map's view of
  // the moment: in a flight, not the view its renderer was last drawn for, so a restyled arrow
  // (a step fades or brightens some) would stand off its line until the flight ends. Its size never
  // changes with its style, so Path's setStyle, which only restyles, is enough.
  setStyle(this: CircleMarker, style: PathOptions) {
    Path.prototype.setStyle.call(this, style);
    return this;
  },
  _updatePath(this: ArrowInternals) {
    const radians = (this.options.angle * Math.PI) / 180;
    const cos = Math.cos(radians);
    const sin = Math.sin(radians);
    const { x, y } = this._point;
    this._parts = this._empty()
      ? []
      : [ARROW_POINTS.map(([px, py]) => {
          const dx = px - CENTRE;
          const dy = py - CENTRE;
          return new Point(x + dx * cos - dy * sin, y + dx * sin + dy * cos);
        })];
    this._renderer._updatePoly(this, true);
  },
}) as unknown as new (position: LatLngTuple, options: LegArrowOptions) => CircleMarker & { options: LegArrowOptions };

export type LegArrowLayer = InstanceType<typeof LegArrowLayer>;

/** For tests: the layer without react-leaflet. */
export const legArrow = (position: LatLngTuple, options: LegArrowOptions): LegArrowLayer => new LegArrowLayer(position, options);

export interface LegArrowProps extends PathProps, LegArrowOptions {
  position: LatLngTuple;
}

/** A leg's direction arrow (LegArrowLayer) as a react-leaflet path: its style comes from `pathOptions`. */
export const LegArrow = createPathComponent<LegArrowLayer, LegArrowProps>(
  function createLegArrow({ position, pathOptions, ...options }, context) {
    // Styled from the start: Leaflet's default style would be written first, then replaced.
    const layer = legArrow(position, { ...options, ...pathOptions });
    return createElementObject(layer, extendContext(context, { overlayContainer: layer }));
  },
  function updateLegArrow(layer, { position, angle }, previous) {
    if (position !== previous.position) layer.setLatLng(position);
    if (angle !== previous.angle) {
      layer.options.angle = angle;
      layer.redraw();
    }
  },
);
