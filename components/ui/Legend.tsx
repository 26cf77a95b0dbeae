import type { LegendContent, LegendTrip } from '../../content/legend-trips';
import { formatKm } from './LegDetails';
import { LegendCollapser } from './LegendCollapser';

function tripDistance(trip: LegendTrip): string {
  if (trip.totalKm === 0 && trip.totalIsPartial) return 'distance not known';
  return `${trip.totalIsPartial ? 'at least ' : ''}${formatKm(trip.totalKm)}`;
}

/**
 * The trips' key: colour, traveller, dates and distance (for many trips, the one in view and the
 * first others); plus how modes and certainty are drawn.
 */
export function Legend({ shown, more }: LegendContent) {
  return (
    <details className="legend" open id="legend">
      <LegendCollapser />
      <summary>
        <h1>North Korea–Russia trips</h1>
      </summary>
      <ul className="legend-trips" aria-label="Trips">
        {shown.map((trip) => (
          <li key={trip.id} data-trip={trip.id} className={trip.kind}>
            <span className="swatch" style={{ background: trip.colour }} aria-hidden="true" />
            <span className="legend-text">
              <span>
                <strong>{trip.traveller.en}</strong>, {trip.dateRange}
              </span>
              <span className="legend-title">
                {trip.title} · {tripDistance(trip)}
              </span>
            </span>
          </li>
        ))}
        {more > 0 && <li className="legend-more">and {more.toLocaleString('en-GB')} more trips not listed here</li>}
      </ul>
      <ul className="legend-key" aria-label="Line styles">
        <li><span className="key-line train" aria-hidden="true" /> train (drawn along the rail corridor)</li>
        <li><span className="key-line air" aria-hidden="true" /> flight (great circle) or car (straight between stops)</li>
        <li><span className="key-line presumed" aria-hidden="true" /> presumed: path, mode or date not reported</li>
        <li><span className="key-arrow" aria-hidden="true">➤</span> direction of travel</li>
      </ul>
      <p className="legend-data">
        Data: <a href="/trips.geojson">trips.geojson</a> · <a href="/visits.csv">visits.csv</a>
      </p>
    </details>
  );
}
