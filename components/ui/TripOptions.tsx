import { memo } from 'preact/compat';
import type { MapTrip } from '../../content/map-data';

/**
 * A trip <select>'s options: "All trips", then one per trip. Memoised because the timeline
 * re-renders on every step, and with hundreds of trips diffing its options alone took
 * several milliseconds of each step. `label` must be a stable function.
 */
export const TripOptions = memo(function TripOptions({ trips, label, all }: { trips: MapTrip[]; label: (trip: MapTrip) => string; all: string }) {
  return (
    <>
      <option value="">{all}</option>
      {trips.map((t) => <option key={t.id} value={t.id}>{label(t)}</option>)}
    </>
  );
});
