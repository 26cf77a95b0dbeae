import type { Visit } from './schema';
import { zonedInstant } from './time';

type Dated = Pick<Visit, 'date' | 'time' | 'timeZone'>;

const DAY_MS = 86_400_000;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * Where each visit of one trip (in the trip's order) sits on the timeline's time
 * axis, in ms since 1970. Not a fact to show: only a place on the axis.
 *
 * - A visit with a reported time sits at that moment.
 * - Visits with a date alone share out their local day, evenly, between the
 *   visits the trip puts before and after them. The order of the trip is what
 *   is known, so stepping never moves the timeline's cursor back: noon on
 *   24 Apr in Pyongyang's zone (Tumangang) is later than 10:40 in
 *   Vladivostok's (Khasan), which the train reached after Tumangang.
 * - A visit without a date sits with the next dated visit, else the one before;
 *   null when no visit of the trip has a date.
 */
export function axisInstants(visits: Dated[]): (number | null)[] {
  const exact = visits.map((v) => (v.date !== null && v.time !== null ? zonedInstant(v.date, v.time, v.timeZone).getTime() : null));
  const dayStart = (v: Dated) => zonedInstant(v.date!, '00:00', v.timeZone).getTime();
  // The earliest a visit from index i on can be: its moment, or the start of its day.
  const earliestFrom = (i: number) => {
    for (let k = i; k < visits.length; k += 1) if (visits[k].date !== null) return exact[k] ?? dayStart(visits[k]);
    return Infinity;
  };

  const placed: (number | null)[] = [];
  let previous = -Infinity;
  for (let i = 0; i < visits.length; ) {
    const visit = visits[i];
    if (visit.date === null || exact[i] !== null) {
      placed.push(exact[i]);
      previous = exact[i] ?? previous;
      i += 1;
      continue;
    }
    // A run of date-only visits on the same local day.
    let end = i + 1;
    while (end < visits.length && exact[end] === null && visits[end].date === visit.date && visits[end].timeZone === visit.timeZone) end += 1;
    const start = dayStart(visit);
    const stop = zonedInstant(nextDay(visit.date), '00:00', visit.timeZone).getTime();
    const low = Math.max(start, previous);
    // Moments that clash across time zones can leave no room in the day: the run then sits on the visit before.
    const high = Math.max(low, Math.min(stop, earliestFrom(end)));
    for (let k = 1; k <= end - i; k += 1) placed.push(low + ((high - low) * k) / (end - i + 1));
    previous = placed[placed.length - 1]!;
    i = end;
  }
  fillUndated(placed, [...placed.keys()].reverse());
  fillUndated(placed, [...placed.keys()]);
  return placed;
}

/** Each null takes the last number met walking in this order. */
function fillUndated(placed: (number | null)[], order: number[]) {
  let known: number | null = null;
  for (const i of order) {
    if (placed[i] === null) placed[i] = known;
    else known = placed[i];
  }
}
