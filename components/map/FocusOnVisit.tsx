import type { BBox, Position } from 'geojson';
import { type Map as LeafletMap, type Point, point } from 'leaflet';
import { approachOf } from './approach';
import { jumpTo } from './jump-to';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import type { MapData } from '../../content/map-data';
import type { LegendCover } from './legend-cover';
import { toLatLng } from './leaflet-coords';
import type { PopupTarget, VisitFocus } from './map-types';

const FLIGHT_SECONDS = 0.8;
/** Pixels kept between the framed approach and the edges of the free map. */
const FRAME_MARGIN = 24;
/** A step never shows less of the world than this. */
const MIN_STEP_ZOOM = 4;
/** Where a jump puts the visit: this far below the middle of the map's free height, as a share of it. */
const LIFT = 0.25;

/**
 * Where a jump puts the visit, in the map's container: the middle of the width the legend leaves
 * free, LIFT below the middle of the height it leaves free.
 */
function focusPoint(size: Point, { top, right }: LegendCover, fromNorth: boolean): Point {
  // Above the middle instead when the leg comes from the north: the popup then opens below the
  // pin (MapPopup), and the leg stays clear of both.
  return point((size.x - right) / 2, top + (size.y - top) * (fromNorth ? 0.5 - LIFT : 0.5 + LIFT));
}

/**
 * The closest zoom (on the map's half-zoom steps, at most its maximum) at which `box` fits around
 * the visit once the visit sits at `at`: in the map the legend leaves free, inside FRAME_MARGIN.
 */
function frameZoom(map: LeafletMap, place: Position, box: BBox, at: Point, size: Point, { top, right }: LegendCover): number {
  const pin = map.project(toLatLng(place), 0);
  const room = { left: at.x, right: size.x - right - at.x, up: at.y - top, down: size.y - at.y };
  let zoom = map.getMaxZoom();
  for (const corner of [[box[0], box[1]], [box[0], box[3]], [box[2], box[1]], [box[2], box[3]]]) {
    const offset = map.project(toLatLng(corner), 0).subtract(pin);
    const fit = (d: number, before: number, after: number) => (d === 0 ? Infinity : Math.log2(((d < 0 ? before : after) - FRAME_MARGIN) / Math.abs(d)));
    zoom = Math.min(zoom, fit(offset.x, room.left, room.right), fit(offset.y, room.up, room.down));
  }
  return Math.max(MIN_STEP_ZOOM, Math.floor(zoom * 2) / 2);
}

/** Whether a point sits about where a jump would put it (see focusPoint). */
function nearFocus(at: Point, focus: Point, size: Point, { top, right }: LegendCover): boolean {
  const [width, height] = [size.x - right, size.y - top];
  return Math.abs(at.x - focus.x) < width * 0.25 && Math.abs(at.y - focus.y) < (height * LIFT) / 2;
}

/**
 * Brings a requested visit into view. A jump (first view, or reduced motion)
 * happens in the same commit as the step, before the popup lays itself out; a
 * fly opens the popup on arrival, since a popup opened mid-flight pans the map
 * and cuts the flight short.
 */
export function FocusOnVisit({ data, focus, onPopup, legendCover }: {
  data: MapData;
  focus: VisitFocus | null;
  onPopup: (t: PopupTarget) => void;
  legendCover: () => LegendCover;
}) {
  const map = useMap();
  const placeOf = useMemo(() => {
    const placeById = new Map(data.places.map((p) => [p.id, p]));
    return new Map(data.visits.map((v) => [v.id, placeById.get(v.place)!]));
  }, [data]);

  useLayoutEffect(() => {
    if (!focus) return;
    const place = placeOf.get(focus.id);
    if (!place) return;
    // Put the visit in the lower part of the map, clear of the legend, so its popup (opening
    // upwards) fits without a second move; as close as shows the end of the leg that reached it.
    const size = map.getSize();
    const cover = legendCover();
    const approach = approachOf(data, focus.id)!;
    const at = focusPoint(size, cover, approach.fromNorth);
    // Never so far out that the place folds into a neighbour's marker (its leg would end beside it).
    const zoom = Math.max(frameZoom(map, place.coordinates, approach.box, at, size, cover), Math.min(place.showZoom, map.getMaxZoom()));
    const offset = at.subtract(size.divideBy(2));
    const target = map.unproject(map.project(toLatLng(place.coordinates), zoom).subtract(offset), zoom);
    if (!focus.animate) {
      // Already in place (consecutive visits at one place, the map since nudged by the popup's
      // autopan): leave the map be. A move, even a short one, redraws every path and canvas.
      if (zoom !== map.getZoom()) map.setView(target, zoom, { animate: false });
      else if (!nearFocus(map.latLngToContainerPoint(toLatLng(place.coordinates)), at, size, cover)) jumpTo(map, target);
      return;
    }
    // Open on the flight's end, or after its duration if something interrupts it without a moveend.
    let fallback = 0;
    const open = () => {
      window.clearTimeout(fallback);
      map.off('moveend', open);
      onPopup({ kind: 'visit', id: focus.id });
    };
    map.flyTo(target, zoom, { duration: FLIGHT_SECONDS });
    // After starting: flyTo first stops any pan under way (a popup's autopan), which fires a moveend of its own.
    map.once('moveend', open);
    fallback = window.setTimeout(open, FLIGHT_SECONDS * 1000 + 400);
    return () => {
      window.clearTimeout(fallback);
      map.off('moveend', open);
    };
  }, [focus, placeOf, data, map, onPopup, legendCover]);

  return null;
}
