import { type Point, point } from 'leaflet';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import type { MapData } from '../../content/map-data';
import type { LegendCover } from './legend-cover';
import { toLatLng } from './leaflet-coords';
import type { PopupTarget, VisitFocus } from './map-types';

const FLIGHT_SECONDS = 0.8;
/** Where a jump puts the visit: this far below the middle of the map's free height, as a share of it. */
const LIFT = 0.25;

/**
 * Where a jump puts the visit, in the map's container: the middle of the width the legend leaves
 * free, LIFT below the middle of the height it leaves free.
 */
function focusPoint(size: Point, { top, right }: LegendCover): Point {
  return point((size.x - right) / 2, top + (size.y - top) * (0.5 + LIFT));
}

/** Whether a point sits about where a jump would put it (see focusPoint). */
function inLowerMiddle(at: Point, size: Point, { top, right }: LegendCover): boolean {
  const [width, height] = [size.x - right, size.y - top];
  return at.x > width * 0.25 && at.x < width * 0.75 && at.y > top + height * (0.5 + LIFT / 2) && at.y < top + height * 0.9;
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
    const needed = Math.max(place.showZoom, 6);
    // Keep the reader's zoom when the place already has its own marker there: a pan, not a zoom.
    const current = map.getZoom();
    const zoom = current >= needed && current <= needed + 3 ? current : needed;
    // Put the visit in the lower part of the map, clear of the legend, so its popup (opening
    // upwards) fits without a second move.
    const size = map.getSize();
    const cover = legendCover();
    const offset = focusPoint(size, cover).subtract(size.divideBy(2));
    const target = map.unproject(map.project(toLatLng(place.coordinates), zoom).subtract(offset), zoom);
    if (!focus.animate) {
      // Already in place (consecutive visits at one place, the map since nudged by the popup's
      // autopan): leave the map be. A move, even a short one, redraws every path and canvas.
      if (zoom !== map.getZoom() || !inLowerMiddle(map.latLngToContainerPoint(toLatLng(place.coordinates)), size, cover)) {
        map.setView(target, zoom, { animate: false });
      }
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
  }, [focus, placeOf, map, onPopup, legendCover]);

  return null;
}
