import along from '@turf/along';
import bbox from '@turf/bbox';
import distance from '@turf/distance';
import type { BBox, LineString, Position } from 'geojson';

/**
 * The last `km` of a line, ending at its end: the stretch by which a leg arrives. A line shorter
 * than `km` is returned whole.
 */
export function lineTail(line: LineString, km: number): LineString {
  const reversed = [...line.coordinates].reverse();
  const kept: Position[] = [reversed[0]];
  let travelled = 0;
  for (let i = 1; i < reversed.length; i += 1) {
    const step = distance(reversed[i - 1], reversed[i], { units: 'kilometers' });
    if (travelled + step >= km) {
      const segment: LineString = { type: 'LineString', coordinates: [reversed[i - 1], reversed[i]] };
      kept.push(along(segment, km - travelled, { units: 'kilometers' }).geometry.coordinates);
      return { type: 'LineString', coordinates: kept.reverse() };
    }
    travelled += step;
    kept.push(reversed[i]);
  }
  return { type: 'LineString', coordinates: kept.reverse() };
}

/**
 * A step's frame: the box [west, south, east, north] around a place and the last `km` of the leg
 * that reached it (the place alone when no leg did), so that the reader sees where the visit is
 * and how the trip got there.
 */
export function approachBox(place: Position, leg: LineString | null, km: number): BBox {
  const coordinates = leg ? [...lineTail(leg, km).coordinates, place] : [place];
  return bbox({ type: 'MultiPoint', coordinates }) as BBox;
}

/**
 * Whether the stretch by which a leg arrives lies mostly north of the place it reaches: on a map
 * with north up, a popup opening above the place would then cover it.
 */
export function arrivesFromNorth(place: Position, leg: LineString | null, km: number): boolean {
  if (!leg) return false;
  const [, south, , north] = approachBox(place, leg, km);
  return north - place[1] > place[1] - south;
}
