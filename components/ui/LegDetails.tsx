import type { MapLeg, MapTrip, MapVisit } from '../../content/map-data';
import { fill, formatKm } from '../../content/i18n/format';
import { Field, type Locale, useLocale } from './locale';

/** The distance of a leg as a reader should take it. */
export function legDistance(leg: MapLeg, { lang, m }: Pick<Locale, 'lang' | 'm'>): string {
  if (leg.distanceKm === null) return m.distanceUnverified;
  const distance = formatKm(leg.distanceKm, lang);
  return fill({ train: m.distanceTrain, air: m.distanceAir, car: m.distanceCar }[leg.mode], { distance });
}

/** What a leg's popup says: mode, certainty, distance and the visits it joins. */
export function LegDetails({ leg, trip, from, to, placeName }: {
  leg: MapLeg;
  trip: MapTrip;
  from: MapVisit;
  to: MapVisit;
  placeName: (visit: MapVisit) => string;
}) {
  const { lang, m } = useLocale();
  return (
    <div className="leg-details">
      <p className="leg-title">
        <span className="swatch" style={{ background: trip.colour }} aria-hidden="true" />
        {m.legMode[leg.mode]}: {placeName(from)} → {placeName(to)}
      </p>
      <p>{trip.traveller[lang]} · {to.dateLabel !== from.dateLabel ? fill(m.legDates, { from: from.dateLabel, to: to.dateLabel }) : from.dateLabel}</p>
      <p>{legDistance(leg, { lang, m })}</p>
      {leg.pathNote && <p className="leg-note">{leg.pathNote}</p>}
      {leg.certainty === 'presumed' && (
        <p className="flag">{m.legPresumed}</p>
      )}
      {leg.note && <p className="leg-note"><Field item={leg} field="note">{leg.note}</Field></p>}
    </div>
  );
}
