import type { LegendContent } from '../../content/legend-trips';
import { plural } from '../../content/i18n/format';
import { LegendCollapser } from './LegendCollapser';
import { KeyArrow } from './direction-arrow';
import { Field, useLocale } from './locale';

/**
 * The trips' key: colour, traveller, dates and distance (for many trips, the one in view and the
 * first others); plus how modes and certainty are drawn.
 */
export function Legend({ shown, more }: LegendContent) {
  const { lang, m } = useLocale();
  return (
    <details className="legend" open id="legend">
      <LegendCollapser />
      <summary>
        <h1>{m.legendHeading}</h1>
      </summary>
      <ul className="legend-trips" aria-label={m.legendTrips}>
        {shown.map((trip) => (
          <li key={trip.id} data-trip={trip.id} className={trip.kind}>
            <span className="swatch" style={{ background: trip.colour }} aria-hidden="true" />
            <span className="legend-text">
              <span>
                <strong>{trip.traveller[lang]}</strong>, {trip.dateRange}
              </span>
              <span className="legend-title">
                <Field item={trip} field="title">{trip.title}</Field> · {trip.distance}
              </span>
            </span>
          </li>
        ))}
        {more > 0 && <li className="legend-more">{plural(lang, m.moreTrips, more)}</li>}
      </ul>
      <ul className="legend-key" aria-label={m.lineStyles}>
        <li><span className="key-line train" aria-hidden="true" /> {m.keyTrain}</li>
        <li><span className="key-line air" aria-hidden="true" /> {m.keyAirCar}</li>
        <li><span className="key-line presumed" aria-hidden="true" /> {m.keyPresumed}</li>
        <li><KeyArrow /> {m.keyArrow}</li>
      </ul>
      <p className="legend-data">
        {m.data}: <a href="/trips.geojson">trips.geojson</a> · <a href="/visits.csv">visits.csv</a>
      </p>
    </details>
  );
}
