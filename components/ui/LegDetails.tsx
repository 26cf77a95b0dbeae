import type { MapLeg, MapTrip, MapVisit } from '../../content/map-data';

const MODE: Record<MapLeg['mode'], string> = { train: 'By train', air: 'By air', car: 'By car' };

export function formatKm(km: number): string {
  return `${km.toLocaleString('en-GB')} km`;
}

/** The distance of a leg as a reader should take it. */
export function legDistance(leg: MapLeg): string {
  if (leg.distanceKm === null) return 'distance not known (a site position is not verified)';
  if (leg.mode === 'train') return `≈ ${formatKm(leg.distanceKm)} along the drawn rail corridor`;
  if (leg.mode === 'air') return `${formatKm(leg.distanceKm)} great-circle distance`;
  return `${formatKm(leg.distanceKm)} in a straight line`;
}

/** What a leg's popup says: mode, certainty, distance and the visits it joins. */
export function LegDetails({ leg, trip, from, to, placeName }: {
  leg: MapLeg;
  trip: MapTrip;
  from: MapVisit;
  to: MapVisit;
  placeName: (visit: MapVisit) => string;
}) {
  return (
    <div className="leg-details">
      <p className="leg-title">
        <span className="swatch" style={{ background: trip.colour }} aria-hidden="true" />
        {MODE[leg.mode]}: {placeName(from)} → {placeName(to)}
      </p>
      <p>{trip.traveller.en} · {from.dateLabel}{to.dateLabel !== from.dateLabel && ` to ${to.dateLabel}`}</p>
      <p>{legDistance(leg)}</p>
      {leg.pathNote && <p className="leg-note">{leg.pathNote}</p>}
      {leg.certainty === 'presumed' && (
        <p className="flag">Presumed: the path, mode or date of this leg was not reported.</p>
      )}
      {leg.note && <p className="leg-note">{leg.note}</p>}
    </div>
  );
}
