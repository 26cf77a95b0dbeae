'use client';

import { useMemo } from 'react';
import { Popup } from 'react-leaflet';
import type { MapData } from '../content/map-data';
import { LegDetails } from './LegDetails';
import { toLatLng } from './leaflet-coords';
import type { PopupTarget } from './map-types';
import { PlaceNames } from './PlaceNames';
import { VisitDetails } from './VisitDetails';

/** The map's single popup: a visit, every visit at a (folded) place, or a leg. */
export function MapPopup({ data, target, onClose }: { data: MapData; target: PopupTarget | null; onClose: () => void }) {
  const lookup = useMemo(
    () => ({
      place: new Map(data.places.map((p) => [p.id, p])),
      visit: new Map(data.visits.map((v) => [v.id, v])),
      trip: new Map(data.trips.map((t) => [t.id, t])),
      leg: new Map(data.legs.map((l) => [l.id, l])),
    }),
    [data],
  );
  if (!target) return null;

  let position;
  let content;
  let key;
  if (target.kind === 'leg') {
    const leg = lookup.leg.get(target.id)!;
    const from = lookup.visit.get(leg.from)!;
    const to = lookup.visit.get(leg.to)!;
    position = toLatLng(target.at);
    key = `leg:${leg.id}`;
    content = (
      <LegDetails leg={leg} trip={lookup.trip.get(leg.trip)!} from={from} to={to} placeName={(v) => lookup.place.get(v.place)!.name.en} />
    );
  } else if (target.kind === 'visit') {
    const visit = lookup.visit.get(target.id)!;
    const place = lookup.place.get(visit.place)!;
    position = toLatLng(place.coordinates);
    key = `visit:${visit.id}`;
    content = (
      <article aria-label={`${place.name.en}, ${visit.dateLabel}`}>
        <PlaceNames place={place} presumed={visit.placePresumed} />
        <VisitDetails visit={visit} trip={lookup.trip.get(visit.trip)!} />
      </article>
    );
  } else {
    const places = target.places.map((id) => lookup.place.get(id)!);
    position = toLatLng(places[0].coordinates);
    key = `place:${target.places.join('+')}`;
    content = places.map((place) => (
      <section key={place.id} className="popup-place">
        <PlaceNames place={place} />
        {place.visits.map((id) => {
          const visit = lookup.visit.get(id)!;
          return (
            <article key={id} className="popup-visit" aria-label={`${place.name.en}, ${visit.dateLabel}`}>
              {visit.placePresumed && <p className="flag">Place presumed: not named in the sources.</p>}
              <VisitDetails visit={visit} trip={lookup.trip.get(visit.trip)!} />
            </article>
          );
        })}
      </section>
    ));
  }

  return (
    <Popup
      key={key}
      position={position}
      maxWidth={Math.min(360, window.innerWidth - 72)}
      minWidth={Math.min(240, window.innerWidth - 72)}
      maxHeight={Math.round(window.innerHeight * 0.55)}
      autoPanPadding={[12, 12]}
      // On a phone the folded legend sits over the top of the map.
      autoPanPaddingTopLeft={[12, window.innerWidth <= 640 ? 64 : 12]}
      eventHandlers={{ remove: onClose }}
    >
      <div className="popup-body" data-popup={key}>
        {content}
      </div>
    </Popup>
  );
}
