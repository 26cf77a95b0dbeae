import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceNames } from '../../../components/ui/PlaceNames';
import { VisitDetails } from '../../../components/ui/VisitDetails';
import { getMapData } from '../../../content/site-data';
import './print.css';

type Props = { params: Promise<{ trip: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getMapData().trips.map((t) => ({ trip: t.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { trip: tripId } = await params;
  const trip = getMapData().trips.find((t) => t.id === tripId);
  return { title: trip ? `${trip.title}, ${trip.dateRange}: handout` : 'Handout' };
}

/** A handout to print: the trip's map, then a page per visit with its detail map, date, summary and sources. */
export default async function PrintPage({ params }: Props) {
  const { trip: tripId } = await params;
  const data = getMapData();
  const trip = data.trips.find((t) => t.id === tripId);
  if (!trip) notFound();
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
