import { useEffect } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import type { FitBoundsOptions } from 'leaflet';
import type { MapData } from '../../content/map-data';
import { toLatLngBounds } from './leaflet-coords';
import type { TripFit } from './map-types';
import { prefersReducedMotion } from '../ui/reduced-motion';

/** Flies to the chosen trip, or to all trips, when the reader chooses one (the first view fits itself). */
export function FitTrip({ data, fit, options }: { data: MapData; fit: TripFit | null; options: FitBoundsOptions }) {
  const map = useMap();
  useEffect(() => {
    if (!fit) return;
    const bounds = fit.trip ? data.trips.find((t) => t.id === fit.trip)!.bounds : data.bounds;
    map.flyToBounds(toLatLngBounds(bounds), { ...options, animate: !prefersReducedMotion() });
  }, [fit, data, map, options]);
  return null;
}
