import type { MapData, MapLeg } from './map-data';
import { type ViewState, viewVisits } from './view';

/** The ids of the visits a view steps through, in date order. */
export function stepSequence(data: MapData, trip: string | null): string[] {
  return viewVisits(data.visits, trip).map((v) => v.id);
}

export type LegProgress = 'done' | 'current' | 'ahead' | 'other';

/**
 * How far one trip has got at a step, as a short string so a trip's drawing can
 * be memoised on it: 'plain' (overview: draw as is), 'other' (outside the chosen
 * trip), or '<reached>' / '<reached>*' — how many of its visits come at or before
 * the current one, with * when the current visit is its own.
 */
export type TripProgress = string;

/** Each visit's trip, worked out once per data set: a step must not rebuild it over thousands of visits. */
const tripOfVisitCache = new WeakMap<MapData, Map<string, string>>();
function tripOfVisit(data: MapData): Map<string, string> {
  let tripOf = tripOfVisitCache.get(data);
  if (!tripOf) tripOfVisitCache.set(data, (tripOf = new Map(data.visits.map((v) => [v.id, v.trip]))));
  return tripOf;
}

export function tripProgress(data: MapData, view: ViewState, sequence: string[]): Map<string, TripProgress> {
  const progress = new Map<string, TripProgress>();
  if (view.visit === null && view.trip === null) {
    for (const trip of data.trips) progress.set(trip.id, 'plain');
    return progress;
  }
  const current = view.visit === null ? sequence.length - 1 : sequence.indexOf(view.visit);
  const reached = new Map<string, number>();
  const tripOf = tripOfVisit(data);
  for (let i = 0; i <= current; i += 1) {
    const trip = tripOf.get(sequence[i])!;
    reached.set(trip, (reached.get(trip) ?? 0) + 1);
  }
  const currentTrip = view.visit === null ? null : tripOf.get(view.visit);
  for (const trip of data.trips) {
    if (view.trip !== null && trip.id !== view.trip) progress.set(trip.id, 'other');
    else progress.set(trip.id, `${reached.get(trip.id) ?? 0}${trip.id === currentTrip ? '*' : ''}`);
  }
  return progress;
}

/**
 * A leg's state from its trip's progress: travelled, the leg that reached the
 * current visit, still to come, or outside the chosen trip; undefined in the
 * overview. `toIndex` is the position of the leg's end visit within its trip.
 */
export function legState(progress: TripProgress, toIndex: number): LegProgress | undefined {
  if (progress === 'plain') return undefined;
  if (progress === 'other') return 'other';
  const holdsCurrent = progress.endsWith('*');
  const reached = Number.parseInt(progress, 10);
  if (toIndex < reached - 1) return 'done';
  if (toIndex === reached - 1) return holdsCurrent ? 'current' : 'done';
  return 'ahead';
}

/**
 * The leg that reaches a visit, if any. Playback travels it on the way to the visit; where two legs
 * leave one visit (a car to a plant, the train on from the station), each next visit still has the
 * one leg that reached it.
 */
export function legInto(data: MapData, visitId: string): MapLeg | null {
  return data.legs.find((l) => l.to === visitId) ?? null;
}
