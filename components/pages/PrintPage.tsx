import type { MapData, MapTrip } from '../../content/map-data';
import { PlaceNames } from '../ui/PlaceNames';
import { VisitDetails } from '../ui/VisitDetails';

export const printTitle = (trip: MapTrip) => `${trip.title}, ${trip.dateRange}: handout`;

/** A handout to print: the trip's map, then a page per visit with its detail map, date, summary and sources. */
export function PrintPage({ data, trip }: { data: MapData; trip: MapTrip }) {
  const visits = data.visits.filter((v) => v.trip === trip.id);
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  return (
    <main className="handout">
      <header className="handout-cover">
        <h1>{trip.title}</h1>
        <p className="handout-meta">{trip.traveller.en} · {trip.dateRange} · {visits.length} visits</p>
        <p>{trip.summary}</p>
        <img src={`/static/${trip.id}.svg?width=1000&height=680`} width={1000} height={680} alt={`Map: ${trip.title}, ${trip.dateRange}`} />
        <p className="handout-screen-only">Print this page (Ctrl+P or ⌘P): one visit per page, on A4 or Letter.</p>
      </header>
      {visits.map((visit) => {
        const place = placeById.get(visit.place)!;
        return (
          <section key={visit.id} className="handout-visit" aria-labelledby={`h-${visit.id}`}>
            <h2 id={`h-${visit.id}`}>{visit.dateLabel} · {place.name.en}</h2>
            <img src={`/static/${trip.id}.svg?visit=${visit.id}&frame=visit&width=1000&height=520`} width={1000} height={520} alt={`Map: ${place.name.en} and its surroundings`} />
            <PlaceNames place={place} presumed={visit.placePresumed} />
            <VisitDetails visit={visit} trip={trip} />
          </section>
        );
      })}
    </main>
  );
}
