import type { MapData } from '../content/map-data';
import { legDistance } from './LegDetails';
import { PlaceNames } from './PlaceNames';
import { VisitLink } from './VisitLink';
import { VisitDetails } from './VisitDetails';

const MODE = { train: 'train', air: 'air', car: 'car' } as const;

/** Beyond this many rows, rows off screen skip layout (content-visibility): the list stays quick at any size. */
const LONG_LIST = 200;

/** Every visit in date order with its sources: the map's text twin, rendered on the server. */
export function VisitList({ data, current }: { data: MapData; current: string | null }) {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const tripById = new Map(data.trips.map((t) => [t.id, t]));
  const legTo = new Map(data.legs.map((l) => [l.to, l]));
  return (
    <section className={`visit-list${data.visits.length > LONG_LIST ? ' long' : ''}`} aria-labelledby="visits-heading">
      <h2 id="visits-heading">Every visit, in date order</h2>
      <ol>
        {data.visits.map((visit) => {
          const place = placeById.get(visit.place)!;
          const trip = tripById.get(visit.trip)!;
          const leg = legTo.get(visit.id);
          return (
            <li key={visit.id} id={`visit-${visit.id}`} data-visit={visit.id} data-trip={visit.trip}
              aria-current={visit.id === current ? 'step' : undefined}>
              <PlaceNames place={place} presumed={visit.placePresumed} />
              <VisitDetails visit={visit} trip={trip} />
              {leg && (
                <p className="visit-leg">
                  Reached by {MODE[leg.mode]}
                  {leg.certainty === 'presumed' ? ' (presumed)' : ''}: {legDistance(leg)}.
                </p>
              )}
              <VisitLink visitId={visit.id} label={`${place.name.en}, ${visit.dateLabel}`} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
