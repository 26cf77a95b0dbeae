'use client';

import { useLayoutEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { MapData } from '../content/map-data';
import { toLatLng } from './leaflet-coords';
import type { PopupTarget, VisitFocus } from './map-types';
import { foldablePlaces, zoomToShowPlace } from '../content/place-markers';

const FLIGHT_SECONDS = 0.8;

/**
 * Brings a requested visit into view. A jump (first view, or reduced motion)
 * happens in the same commit as the step, before the popup lays itself out; a
 * fly opens the popup on arrival, since a popup opened mid-flight pans the map
 * and cuts the flight short.
 */
export function FocusOnVisit({ data, focus, onPopup }: { data: MapData; focus: VisitFocus | null; onPopup: (t: PopupTarget) => void }) {
  const map = useMap();
  const foldable = useMemo(() => foldablePlaces(data.places), [data]);
  const placeOf = useMemo(() => {
    const placeById = new Map(data.places.map((p) => [p.id, p]));
    return new Map(data.visits.map((v) => [v.id, placeById.get(v.place)!]));
  }, [data]);

  useLayoutEffect(() => {
    if (!focus) return;
    const place = placeOf.get(focus.id);
    if (!place) return;
    const needed = Math.max(zoomToShowPlace(foldable, place.id, map.getMaxZoom()), 6);
    // Keep the reader's zoom when the place already has its own marker there: a pan, not a zoom.
    const current = map.getZoom();
    const zoom = current >= needed && current <= needed + 3 ? current : needed;
    // Put the visit in the lower part of the map, so its popup (opening upwards) fits without a second move.
    const lift = map.getSize().y * 0.25;
    const target = map.unproject(map.project(toLatLng(place.coordinates), zoom).subtract([0, lift]), zoom);
    if (!focus.animate) {
      // Already there (consecutive visits at one place): a zero-length move would still redraw every path.
      const there = zoom === map.getZoom() && map.project(map.getCenter(), zoom).distanceTo(map.project(target, zoom)) < 1;
      if (!there) map.setView(target, zoom, { animate: false });
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
  }, [focus, foldable, placeOf, map, onPopup]);

  return null;
}
