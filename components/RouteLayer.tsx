'use client';

import { divIcon, type LeafletMouseEvent, type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { MapData, MapLeg, MapTrip } from '../content/map-data';
import { toLatLng, toLatLngs } from './leaflet-coords';
import type { PopupTarget } from './map-types';

const WEIGHT: Record<MapLeg['mode'], number> = { train: 4, air: 2.5, car: 2.5 };

function legStyle(leg: MapLeg, trip: MapTrip): PathOptions {
  return {
    color: trip.colour,
    weight: trip.kind === 'core' ? WEIGHT[leg.mode] : WEIGHT[leg.mode] - 1,
    opacity: trip.kind === 'core' ? 0.9 : 0.55,
    dashArray: leg.certainty === 'presumed' ? '7 7' : undefined,
    lineCap: 'round',
  };
}

/** Every leg as a line in its trip's colour (dashed where presumed), with an arrow for the direction of travel. */
export function RouteLayer({ data, onPopup }: { data: MapData; onPopup: (target: PopupTarget) => void }) {
  const drawn = useMemo(() => {
    const tripById = new Map(data.trips.map((t) => [t.id, t]));
    return data.legs.map((leg) => {
      const trip = tripById.get(leg.trip)!;
      return {
        leg,
        positions: toLatLngs(leg.coordinates),
        style: legStyle(leg, trip),
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
      {drawn.map(({ leg, positions, style }) => (
        <Polyline
          key={leg.id}
          positions={positions}
          pathOptions={style}
          eventHandlers={{
            click: (event: LeafletMouseEvent) =>
              onPopup({ kind: 'leg', id: leg.id, at: [event.latlng.lng, event.latlng.lat] }),
          }}
        />
      ))}
      {drawn.map(({ leg, arrow }) =>
        arrow ? <Marker key={`${leg.id}-arrow`} position={arrow.position} icon={arrow.icon} interactive={false} keyboard={false} /> : null,
      )}
    </>
  );
}
