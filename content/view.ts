import type { MapData } from './map-data';

// What the reader is looking at: a trip (or all) and a visit (or the overview).

export interface ViewState {
  /** The trip the view is limited to; null for all trips. */
  trip: string | null;
  /** The visit stepped to; null for the overview. */
  visit: string | null;
}

/** The visits a view shows and steps through, in date order: one trip's, or every trip's. */
export function viewVisits<V extends { trip: string }>(visits: V[], trip: string | null): V[] {
  return trip === null ? visits : visits.filter((v) => v.trip === trip);
}

/** The trip a view shows: the chosen one, else the visit's, else null for all trips. */
export function previewTrip(data: MapData, { trip, visit }: ViewState): string | null {
  return trip ?? (visit ? data.visits.find((v) => v.id === visit)!.trip : null);
}
