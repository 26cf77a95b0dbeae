/**
 * Above this many legs, the legs are drawn once on a canvas that steps leave alone, and only
 * the current trip, drawn again on top, follows the steps: restyling hundreds of legs, or
 * redrawing them as SVG on each step's pan, costs more than a step may (50 ms). The real
 * content has about 40 legs.
 */
export const MANY_LEGS = 150;

export interface RouteDrawing {
  /** Every leg on the canvas underneath: as in the overview, faint while stepping, or not at all. */
  underlay: 'plain' | 'faint' | null;
  /** The trips drawn leg by leg with their progress (and direction arrows). */
  tripsWithProgress: 'all' | string | null;
}

/**
 * How the routes are drawn at a view. With few legs, every trip shows its progress. With many,
 * only the current trip does; when a trip is chosen the others are left off, since a canvas of
 * them all would redraw on every step's pan.
 */
export function routeDrawing(legCount: number, activeTrip: string | null, currentTrip: string | null): RouteDrawing {
  if (legCount <= MANY_LEGS) return { underlay: null, tripsWithProgress: 'all' };
  return {
    underlay: activeTrip !== null ? null : currentTrip === null ? 'plain' : 'faint',
    tripsWithProgress: currentTrip,
  };
}
