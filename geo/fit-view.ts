import type { BBox, Position } from 'geojson';
import { projectToPixels, unprojectFromPixels } from './web-mercator';

/** A Web Mercator view of a width × height pixel frame: its zoom and the world pixel at its top-left corner. */
export interface View {
  zoom: number;
  origin: [number, number];
  width: number;
  height: number;
}

export interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Pixels kept clear on each side of the frame, e.g. for a legend: a number for all four. */
export type Padding = number | Sides;

export const SIDE_NAMES = ['top', 'right', 'bottom', 'left'] as const;

export const paddingSides = (padding: Padding): Sides =>
  typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;

/**
 * The closest view that shows the whole box inside the frame less its padding,
 * centred in what is left, as Leaflet's fitBounds does (without snapping the
 * zoom). `maxZoom` keeps a single point from filling the frame.
 */
export function fitView([west, south, east, north]: BBox, width: number, height: number, padding: Padding, maxZoom: number): View {
  const { top, right, bottom, left } = paddingSides(padding);
  const [x0, y0] = projectToPixels([west, north], 0);
  const [x1, y1] = projectToPixels([east, south], 0);
  const room = [Math.max(1, width - left - right), Math.max(1, height - top - bottom)];
  const fit = Math.min(room[0] / Math.max(x1 - x0, 1e-9), room[1] / Math.max(y1 - y0, 1e-9));
  const zoom = Math.min(maxZoom, Math.log2(fit));
  const scale = 2 ** zoom;
  const centre = [((x0 + x1) / 2) * scale, ((y0 + y1) / 2) * scale];
  return { zoom, origin: [centre[0] - left - room[0] / 2, centre[1] - top - room[1] / 2], width, height };
}

/** A position's pixel in the frame of the view. */
export function toViewPixel(position: Position, view: View): [number, number] {
  const [x, y] = projectToPixels(position, view.zoom);
  return [x - view.origin[0], y - view.origin[1]];
}

/** The [west, south, east, north] the view's frame covers, grown by `margin` pixels on every side. */
export function viewBounds(view: View, margin = 0): BBox {
  const [west, north] = unprojectFromPixels([view.origin[0] - margin, view.origin[1] - margin], view.zoom);
  const [east, south] = unprojectFromPixels([view.origin[0] + view.width + margin, view.origin[1] + view.height + margin], view.zoom);
  return [west, south, east, north];
}
