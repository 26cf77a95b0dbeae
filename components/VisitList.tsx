import type { MapData, MapLeg, MapPlace, MapTrip, MapVisit } from '../content/map-data';
import { legDistance } from './LegDetails';
import { PlaceNames } from './PlaceNames';
import { VisitLink } from './VisitLink';
import { VisitDetails } from './VisitDetails';

const MODE = { train: 'train', air: 'air', car: 'car' } as const;

/**
 * Beyond this many rows, the list is cut into blocks of BLOCK_ROWS, and blocks off screen skip
 * layout (content-visibility). Per block, not per row: the browser checks every such element
 * against the screen on each frame, which at thousands of rows would cost a step tens of ms.
 */
const LONG_LIST = 200;
const BLOCK_ROWS = 100;

function blocksOf<T>(items: T[], size: number): T[][] {
  const blocks: T[][] = [];
  for (let i = 0; i < items.length; i += size) blocks.push(items.slice(i, i + size));
  return blocks;
}

/** Every visit in date order with its sources: the map's text twin, rendered on the server. */
export function VisitList({ data, current }: { data: MapData; current: string | null }) {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const tripById = new Map(data.trips.map((t) => [t.id, t]));
  const legTo = new Map(data.legs.map((l) => [l.to, l]));
  const long = data.visits.length > LONG_LIST;
  // One <ol> per block, each numbered on from the one before, so the numbers run on through the list.
  const blocks = long ? blocksOf(data.visits, BLOCK_ROWS) : [data.visits];
  return (
    <section className={`visit-list${long ? ' long' : ''}`} aria-labelledby="visits-heading">
      <h2 id="visits-heading">Every visit, in date order</h2>
      {blocks.map((block, b) => (
        <ol key={b} {...(long && { start: b * BLOCK_ROWS + 1, style: { containIntrinsicSize: `auto ${block.length * 16}rem` } })}>
          {block.map((visit) => (
            <VisitRow key={visit.id} visit={visit} place={placeById.get(visit.place)!} trip={tripById.get(visit.trip)!}
              leg={legTo.get(visit.id)} current={visit.id === current} />
          ))}
        </ol>
      ))}
    </section>
  );
}

function VisitRow({ visit, place, trip, leg, current }: {
  visit: MapVisit;
  place: MapPlace;
  trip: MapTrip;
  /** The leg that reached the visit, if any. */
  leg: MapLeg | undefined;
  current: boolean;
}) {
  return (
    <li id={`visit-${visit.id}`} data-visit={visit.id} data-trip={visit.trip} aria-current={current ? 'step' : undefined}>
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
}
