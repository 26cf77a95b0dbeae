import type { ReactNode } from 'react';
import { type ListPage, listPage } from '../content/list-pages';
import type { MapData, MapLeg, MapPlace, MapTrip, MapVisit } from '../content/map-data';
import { viewQuery } from '../content/view-params';
import { legDistance } from './LegDetails';
import { PlaceNames } from './PlaceNames';
import { VisitLink } from './VisitLink';
import { VisitDetails } from './VisitDetails';

const MODE = { train: 'train', air: 'air', car: 'car' } as const;

/** A link that opens the list on the page starting with `visit` (and, with JavaScript, steps the map there). */
function PageLink({ visit, children, label }: { visit: MapVisit; children: ReactNode; label?: string }) {
  return (
    <a href={`/${viewQuery({ trip: null, visit: visit.id })}#visits-heading`} data-step-to={visit.id} data-list-page="" aria-label={label}>
      {children}
    </a>
  );
}

const rowsLabel = (page: ListPage) => `Visits ${(page.first + 1).toLocaleString('en-GB')}–${page.end.toLocaleString('en-GB')}`;

/** Where this page is in the list, and a link to every page (each opens on its first visit). */
function ListPages({ data, page }: { data: MapData; page: ListPage }) {
  const pages = Array.from({ length: page.count }, (_, i) => listPage(data.visits.length, i));
  return (
    <nav className="list-pages" aria-label="Pages of the visit list">
      <p>{rowsLabel(page)} of {data.visits.length.toLocaleString('en-GB')}.</p>
      <ol>
        {pages.map((p) => (
          <li key={p.index}>
            {p.index === page.index
              ? <span aria-current="page">{p.index + 1}</span>
              : <PageLink visit={data.visits[p.first]} label={`Page ${p.index + 1}: ${rowsLabel(p).toLowerCase()}`}>{p.index + 1}</PageLink>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The visits in date order with their sources: the map's text twin, rendered on the server. Long
 * lists come a page at a time (`page`, 0-based), each page a plain link that works without JavaScript.
 */
export function VisitList({ data, page: pageIndex, current }: { data: MapData; page: number; current: string | null }) {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const tripById = new Map(data.trips.map((t) => [t.id, t]));
  const legTo = new Map(data.legs.map((l) => [l.to, l]));
  const page = listPage(data.visits.length, pageIndex);
  const next = page.index + 1 < page.count ? listPage(data.visits.length, page.index + 1) : null;
  return (
    <section className="visit-list" aria-labelledby="visits-heading">
      <h2 id="visits-heading" tabIndex={-1}>Every visit, in date order</h2>
      {page.count > 1 && <ListPages data={data} page={page} />}
      <ol {...(page.first > 0 && { start: page.first + 1 })}>
        {data.visits.slice(page.first, page.end).map((visit) => (
          <VisitRow key={visit.id} visit={visit} place={placeById.get(visit.place)!} trip={tripById.get(visit.trip)!}
            leg={legTo.get(visit.id)} current={visit.id === current} />
        ))}
      </ol>
      {next && (
        <p className="list-next">
          <PageLink visit={data.visits[next.first]}>Next page: {rowsLabel(next).toLowerCase()} →</PageLink>
        </p>
      )}
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
