import type { MapTrip } from './map-data';

/**
 * The most trips the legend lists. Beyond it a key stops being read and starts being scrolled, and
 * every entry is sent twice in the page (HTML and React's payload): at 700 trips that alone made
 * the embed's first view two and a half times slower.
 */
export const LEGEND_LIMIT = 12;

/**
 * The trips the legend lists: all of them, in their own (date) order, up to the limit; beyond it,
 * the trip in view first, then the first others. `more` counts the trips left out.
 */
export function legendTrips<T extends { id: string }>(trips: T[], viewTrip: string | null, limit = LEGEND_LIMIT): { shown: T[]; more: number } {
  if (trips.length <= limit) return { shown: trips, more: 0 };
  const inView = trips.find((t) => t.id === viewTrip);
  const others = trips.filter((t) => t !== inView).slice(0, inView ? limit - 1 : limit);
  const shown = inView ? [inView, ...others] : others;
  return { shown, more: trips.length - shown.length };
}

/** What the legend draws of a trip: a few fields, so the embed can send its legend with the page. */
export type LegendTrip = Pick<MapTrip, 'id' | 'kind' | 'colour' | 'traveller' | 'dateRange' | 'title' | 'distance' | 'untranslated'>;

/** What the legend shows: the trips listed, and how many more were left out. */
export interface LegendContent {
  shown: LegendTrip[];
  more: number;
}

/** The legend's trips for a view, reduced to what the legend draws. */
export function legendEntries(trips: MapTrip[], viewTrip: string | null): LegendContent {
  const { shown, more } = legendTrips(trips, viewTrip);
  return {
    shown: shown.map(({ id, kind, colour, traveller, dateRange, title, distance, untranslated }) => ({ id, kind, colour, traveller, dateRange, title, distance, ...(untranslated && { untranslated }) })),
    more,
  };
}
