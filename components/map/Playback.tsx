import { circleMarker, latLngBounds } from 'leaflet';
import { useEffect, useRef } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import type { MapData } from '../../content/map-data';
import { pointAlong } from '../../geo/point-along';
import { toLatLng, toLatLngs } from './leaflet-coords';
import type { PlaybackLeg } from './map-types';
import { prefersReducedMotion } from '../ui/reduced-motion';
import { legInto } from '../../content/sequence';

const DWELL_MS = 1400;
const TRAVEL_MS = 2200;

/**
 * While playing: after a pause at the current visit, shows the whole leg to the
 * next visit and moves a marker along it (imperative Leaflet, one frame at a
 * time), then reports arrival so the explorer steps on.
 */
export function Playback({ data, playback, speed, onArrived }: {
  data: MapData;
  playback: PlaybackLeg | null;
  speed: number;
  onArrived: () => void;
}) {
  const map = useMap();
  const arrived = useRef(onArrived);
  arrived.current = onArrived;
  const from = playback?.from ?? null;
  const to = playback?.to ?? null;

  useEffect(() => {
    if (from === null || to === null) return;
    // In the all-trips view the next visit may be another trip's: then there is no leg to travel.
    const leg = legInto(data, to);
    const sameTrip = leg !== null && data.visits.find((v) => v.id === from)?.trip === leg.trip;
    if (!leg || !sameTrip) {
      const timer = setTimeout(() => arrived.current(), DWELL_MS / speed);
      return () => clearTimeout(timer);
    }
    const colour = data.trips.find((t) => t.id === leg.trip)!.colour;
    const line = { type: 'LineString' as const, coordinates: leg.coordinates };
    const marker = circleMarker(toLatLng(leg.coordinates[0]), {
      radius: 7, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 1, interactive: false, className: 'playback-marker',
    });
    let frame = 0;
    const timer = setTimeout(() => {
      map.closePopup();
      map.flyToBounds(latLngBounds(toLatLngs(leg.coordinates)), {
        padding: [60, 60], maxZoom: map.getZoom(), animate: !prefersReducedMotion(), duration: 0.6,
      });
      marker.addTo(map);
      const start = performance.now();
      const tick = (now: number) => {
        const fraction = (now - start) / (TRAVEL_MS / speed);
        marker.setLatLng(toLatLng(pointAlong(line, fraction)));
        if (fraction < 1) frame = requestAnimationFrame(tick);
        else arrived.current();
      };
      frame = requestAnimationFrame(tick);
    }, DWELL_MS / speed);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      marker.remove();
    };
  }, [data, from, to, speed, map]);

  return null;
}
