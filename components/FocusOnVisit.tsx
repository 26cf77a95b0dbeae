'use client';

import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { MapData } from '../content/map-data';
import { toLatLng } from './leaflet-coords';
import type { PopupTarget, VisitFocus } from './map-types';
import { foldablePlaces, zoomToShowPlace } from './place-markers';
import { prefersReducedMotion } from './reduced-motion';

/** Brings a requested visit into view (a fly, or a jump under reduced motion) and opens its popup. */
export function FocusOnVisit({ data, focus, onPopup }: { data: MapData; focus: VisitFocus | null; onPopup: (t: PopupTarget) => void }) {
  const map = useMap();
  const foldable = useMemo(() => foldablePlaces(data.places), [data]);
  const placeOf = useMemo(() => new Map(data.visits.map((v) => [v.id, data.places.find((p) => p.id === v.place)!])), [data]);

  useEffect(() => {
    if (!focus) return;
    const place = placeOf.get(focus.id);
    if (!place) return;
    const zoom = Math.max(zoomToShowPlace(foldable, place.id, map.getMaxZoom()), 6);
    const target = toLatLng(place.coordinates);
    // Open the popup once the map has arrived: a popup opened mid-flight pans the map and cuts the flight short.
    const open = () => onPopup({ kind: 'visit', id: focus.id });
    map.once('moveend', open);
    if (!focus.animate || prefersReducedMotion()) map.setView(target, zoom, { animate: false });
    else map.flyTo(target, zoom, { duration: 0.8 });
    return () => {
      map.off('moveend', open);
    };
  }, [focus, foldable, placeOf, map, onPopup]);

  return null;
}
