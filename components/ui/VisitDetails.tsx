import type { MapTrip, MapVisit } from '../../content/map-data';
import { SourceList } from './SourceList';
import { Field, useLocale } from './locale';

/** When, who, what and the sources of one visit: shared by the map popup and the visit list. */
export function VisitDetails({ visit, trip }: { visit: MapVisit; trip: MapTrip }) {
  const { lang, m } = useLocale();
  return (
    <div className="visit-details">
      <p className="visit-when">
        <time dateTime={visit.date ?? undefined} className="visit-date">{visit.dateLabel}</time>
        {visit.dateNote && <span className="visit-note-inline"> (<Field item={visit} field="dateNote">{visit.dateNote}</Field>)</span>}
        {visit.timeLabel && <span className="visit-time">, {visit.timeLabel}</span>}
        {visit.pyongyangLabel && <span className="visit-pyongyang"> · {visit.pyongyangLabel}</span>}
        {visit.timeNote && <span className="visit-time-note"> · <Field item={visit} field="timeNote">{visit.timeNote}</Field></span>}
      </p>
      <p className="visit-traveller">
        <span className="swatch" style={{ background: trip.colour }} aria-hidden="true" />
        {trip.traveller[lang]} · <Field item={trip} field="title">{trip.title}</Field>
      </p>
      {visit.met && <p className="visit-met"><Field item={visit} field="met">{visit.met}</Field></p>}
      <p className="visit-summary"><Field item={visit} field="summary">{visit.summary}</Field></p>
      {visit.note && <p className="visit-note"><Field item={visit} field="note">{visit.note}</Field></p>}
      <p className="visit-confidence">{m.confidence[visit.confidence]}</p>
      <SourceList sources={visit.sources} />
    </div>
  );
}
