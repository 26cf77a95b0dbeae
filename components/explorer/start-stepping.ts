import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import { prefersReducedMotion } from '../ui/reduced-motion';
import { stepSequence } from '../../content/sequence';
import { createSteppingStore, initialStepping, type SteppingContext } from './stepping';

/** The page's stepping store; its actions take effect once the trips' data is handed over. */
export function startStepping(view: ViewState, notice: string | null) {
  const store = createSteppingStore(initialStepping(view, notice));
  const setData = (data: MapData) => {
    const visits = new Map(data.visits.map((v) => [v.id, v]));
    const sequences = new Map<string | null, string[]>();
    const sequence = (trip: string | null) => {
      if (!sequences.has(trip)) sequences.set(trip, stepSequence(data, trip));
      return sequences.get(trip)!;
    };
    store.setContext((): SteppingContext => ({
      sequence,
      tripOf: (id) => visits.get(id)?.trip,
      placeOf: (id) => visits.get(id)?.place,
      animate: !prefersReducedMotion(),
    }));
  };
  return { store, setData };
}
