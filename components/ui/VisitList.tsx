import { type ComponentChildren } from 'preact';
import { type ListPage, listPage } from '../../content/list-pages';
import type { MapData, MapLeg, MapPlace, MapTrip, MapVisit } from '../../content/map-data';
import { viewQuery } from '../../app/_http/view-params';
import { viewVisits } from '../../content/view';
import { fill, formatNumber, plural } from '../../content/i18n/format';
import { legDistance } from './LegDetails';
import { type Locale, useLocale } from './locale';
import { PlaceNames } from './PlaceNames';
import { VisitLink } from './VisitLink';
import { VisitDetails } from './VisitDetails';

/** A link that opens the list on the page starting with `visit` (and, with JavaScript, steps the map there). */
function PageLink({ trip, visit, children, label }: { trip: string | null; visit: MapVisit; children: ComponentChildren; label?: string }) {
  const { linkLang } = useLocale();
  return (
    <a href={`/${viewQuery({ trip, visit: visit.id }, linkLang)}#visits-heading`} data-step-to={visit.id} data-list-page="" aria-label={label}>
      {children}
    </a>
  );
}

const rowsLabel = (page: ListPage, { lang, m }: Locale) => fill(m.rows, { first: formatNumber(lang, page.first + 1), last: formatNumber(lang, page.end) });

/** Where this page is in the list, and a link to every page (each opens on its first visit). */
function ListPages({ trip, visits, page }: { trip: string | null; visits: MapVisit[]; page: ListPage }) {
  const pages = Array.from({ length: page.count }, (_, i) => listPage(visits.length, i));
  const locale = useLocale();
  const { lang, m } = locale;
  return (
    <nav className="list-pages" aria-label={m.listPages}>
      <p>{fill(m.rowsOf, { rows: rowsLabel(page, locale), total: formatNumber(lang, visits.length) })}</p>
      <ol>
        {pages.map((p) => (
          <li key={p.index}>
            {p.index === page.index
              ? <span aria-current="page">{p.index + 1}</span>
              : <PageLink trip={trip} visit={visits[p.first]} label={fill(m.pageLink, { page: p.index + 1, rows: rowsLabel(p, locale).toLowerCase() })}>{p.index + 1}</PageLink>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The visits of the view (all trips, or the chosen trip) in date order with their sources: the
 * map's text twin, rendered on the server, in the order the timeline steps through. Long lists
 * come a page at a time (`page`, 0-based), each page a plain link that works without JavaScript.
 */
export function VisitList({ data, trip, page: pageIndex, current }: { data: MapData; trip: string | null; page: number; current: string | null }) {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const tripById = new Map(data.trips.map((t) => [t.id, t]));
  const legTo = new Map(data.legs.map((l) => [l.to, l]));
  const visits = viewVisits(data.visits, trip);
  const page = listPage(visits.length, pageIndex);
  const next = page.index + 1 < page.count ? listPage(visits.length, page.index + 1) : null;
  const chosen = trip === null ? null : tripById.get(trip)!;
  const locale = useLocale();
  const { lang, m, linkLang } = locale;
  return (
    <section className="visit-list" aria-labelledby="visits-heading">
      <h2 id="visits-heading" tabIndex={-1}>{chosen ? fill(m.tripVisits, { traveller: chosen.traveller[lang], dates: chosen.dateRange }) : m.everyVisit}</h2>
      {chosen && (
        <p className="list-scope">
          <a href={`/${viewQuery({ trip: null, visit: null }, linkLang)}#visits-heading`} data-show-all-trips="">{plural(lang, m.allTripsVisits, data.visits.length)}</a>
        </p>
      )}
      {page.count > 1 && <ListPages trip={trip} visits={visits} page={page} />}
      {/* `start` always set: a renderer that removes it (Preact) leaves `start="0"` behind. */}
      <ol start={page.first + 1}>
        {visits.slice(page.first, page.end).map((visit) => (
          <VisitRow key={visit.id} visit={visit} place={placeById.get(visit.place)!} trip={tripById.get(visit.trip)!}
            leg={legTo.get(visit.id)} current={visit.id === current} listTrip={trip} />
        ))}
      </ol>
      {next && (
        <p className="list-next">
          <PageLink trip={trip} visit={visits[next.first]}>{fill(m.nextPage, { rows: rowsLabel(next, locale).toLowerCase() })}</PageLink>
        </p>
      )}
    </section>
  );
}

function VisitRow({ visit, place, trip, leg, current, listTrip }: {
  visit: MapVisit;
  place: MapPlace;
  trip: MapTrip;
  /** The leg that reached the visit, if any. */
  leg: MapLeg | undefined;
  current: boolean;
  /** The trip the list is limited to, kept by its links. */
  listTrip: string | null;
}) {
  const { lang, m } = useLocale();
  return (
    <li id={`visit-${visit.id}`} data-visit={visit.id} data-trip={visit.trip} aria-current={current ? 'step' : undefined}>
      <PlaceNames place={place} presumed={visit.placePresumed} />
      <VisitDetails visit={visit} trip={trip} />
      {leg && (
        <p className="visit-leg">
          {m.reachedBy[leg.mode]}
          {leg.certainty === 'presumed' ? m.presumedParen : ''}: {legDistance(leg, { lang, m })}.
        </p>
      )}
      <VisitLink trip={listTrip} visitId={visit.id} label={`${place.name[lang]}, ${visit.dateLabel}`} />
    </li>
  );
}
