import type { MapData, MapLeg } from '../content/map-data';
import type { ViewState } from '../content/view-params';

/** The visits a view steps through, in date order: one trip's, or every trip's. */
export function stepSequence(data: MapData, trip: string | null): string[] {
  return data.visits.filter((v) => trip === null || v.trip === trip).map((v) => v.id);
}

export type LegProgress = 'done' | 'current' | 'ahead' | 'other';

/**
 * How each leg is drawn at a step: travelled already, the leg that reached the
 * current visit, still to come, or outside the chosen trip. Null when no visit
 * is current (every leg drawn plainly).
 */
export function legProgress(data: MapData, view: ViewState): Map<string, LegProgress> | null {
  if (view.visit === null && view.trip === null) return null;
  const order = new Map(stepSequence(data, view.trip).map((id, i) => [id, i]));
  const current = view.visit === null ? Infinity : order.get(view.visit)!;
  const progress = new Map<string, LegProgress>();
  for (const leg of data.legs) {
    const at = order.get(leg.to);
    if (at === undefined) progress.set(leg.id, 'other');
    else if (leg.to === view.visit) progress.set(leg.id, 'current');
    else progress.set(leg.id, at < current ? 'done' : 'ahead');
  }
  return progress;
}

/** The leg that leads from a visit to the next one in the same trip, if any. */
export function legFrom(data: MapData, visitId: string): MapLeg | null {
  return data.legs.find((l) => l.from === visitId) ?? null;
}
