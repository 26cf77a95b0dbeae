import type { MapTrip, MapVisit } from '../../content/map-data';
import { SourceList } from './SourceList';

const CONFIDENCE: Record<MapVisit['confidence'], string> = {
  high: 'High confidence: two or more independent sources, or an official text.',
  medium: 'Medium confidence: one good source.',
  low: 'Low confidence: inferred, or only a plan or an announcement.',
};

/** When, who, what and the sources of one visit: shared by the map popup and the visit list. */
export function VisitDetails({ visit, trip }: { visit: MapVisit; trip: MapTrip }) {
  return (
    <div className="visit-details">
      <p className="visit-when">
        <time dateTime={visit.date ?? undefined} className="visit-date">{visit.dateLabel}</time>
        {visit.dateNote && <span className="visit-note-inline"> ({visit.dateNote})</span>}
        {visit.timeLabel && <span className="visit-time">, {visit.timeLabel}</span>}
        {visit.pyongyangLabel && <span className="visit-pyongyang"> · {visit.pyongyangLabel}</span>}
        {visit.timeNote && <span className="visit-time-note"> · {visit.timeNote}</span>}
      </p>
      <p className="visit-traveller">
        <span className="swatch" style={{ background: trip.colour }} aria-hidden="true" />
        {trip.traveller.en} · {trip.title}
      </p>
      {visit.met && <p className="visit-met">{visit.met}</p>}
      <p className="visit-summary">{visit.summary}</p>
      {visit.note && <p className="visit-note">{visit.note}</p>}
      <p className="visit-confidence">{CONFIDENCE[visit.confidence]}</p>
      <SourceList sources={visit.sources} />
    </div>
  );
}
