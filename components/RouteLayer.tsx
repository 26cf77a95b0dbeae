'use client';

import { divIcon, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { MapData, MapLeg, MapTrip } from '../content/map-data';
import { toLatLng, toLatLngs } from './leaflet-coords';
import type { PopupTarget } from './map-types';
import type { LegProgress } from './sequence';

const WEIGHT: Record<MapLeg['mode'], number> = { train: 4, air: 2.5, car: 2.5 };

const FADED: Record<LegProgress, number | null> = { done: null, current: null, ahead: 0.25, other: 0.1 };

function legStyle(leg: MapLeg, trip: MapTrip, progress: LegProgress | undefined): PathOptions {
  const weight = trip.kind === 'core' ? WEIGHT[leg.mode] : WEIGHT[leg.mode] - 1;
  return {
    color: trip.colour,
    weight: progress === 'current' ? weight + 2.5 : weight,
    opacity: (progress && FADED[progress]) ?? (progress === 'current' ? 1 : trip.kind === 'core' ? 0.9 : 0.55),
    dashArray: leg.certainty === 'presumed' ? '7 7' : undefined,
    lineCap: 'round',
  };
}

/**
 * Every leg as a line in its trip's colour (dashed where presumed), with an
 * arrow for the direction of travel. While stepping, the legs travelled stay,
 * the leg that reached the visit stands out and the legs to come fade.
 */
export function RouteLayer({ data, progress, onPopup }: {
  data: MapData;
  progress: Map<string, LegProgress> | null;
  onPopup: (target: PopupTarget) => void;
}) {
  const drawn = useMemo(() => {
    const tripById = new Map(data.trips.map((t) => [t.id, t]));
    return data.legs.map((leg) => {
      const trip = tripById.get(leg.trip)!;
      // One style object per state, so react-leaflet restyles only the legs whose state changed.
      const styles = new Map<LegProgress | undefined, PathOptions>();
      const styleFor = (state: LegProgress | undefined) => {
        if (!styles.has(state)) styles.set(state, legStyle(leg, trip, state));
        return styles.get(state)!;
      };
      return {
        leg,
        positions: toLatLngs(leg.coordinates),
        styleFor,
        arrow: leg.arrow && {
          position: toLatLng(leg.arrow.position),
          icon: divIcon({
            className: 'leg-arrow',
            html: `<span style="color:${trip.colour};transform:rotate(${leg.arrow.angle}deg)">➤</span>`,
            iconSize: [14, 14],
          }),
        },
      };
    });
  }, [data]);

  return (
    <>
      {drawn.map(({ leg, positions, styleFor }) => (
        <Polyline
          key={leg.id}
          positions={positions}
          pathOptions={styleFor(progress?.get(leg.id))}
          eventHandlers={{
            click: (event: LeafletMouseEvent) =>
              onPopup({ kind: 'leg', id: leg.id, at: [event.latlng.lng, event.latlng.lat] }),
          }}
        />
      ))}
      {drawn.map(({ leg, arrow }) => {
        const state = progress?.get(leg.id);
        return arrow ? (
          <Marker key={`${leg.id}-arrow`} position={arrow.position} icon={arrow.icon} interactive={false} keyboard={false}
            opacity={state === 'ahead' || state === 'other' ? 0.25 : 1} />
        ) : null;
      })}
    </>
  );
}
