import distance from '@turf/distance';
import type { Position } from 'geojson';

export interface LineLocation {
  /** Distance from the point to the nearest point of the line, km. */
  offKm: number;
  /** Distance along the line from its start to that nearest point, km. */
  alongKm: number;
}

/**
 * Where a point lies relative to a line: how far off it, and how far along it
 * its foot is. Each segment is projected in a local equirectangular frame,
 * which is accurate to well under 1% for segments of up to a few hundred km.
 */
export function locateOnLine(line: Position[], point: Position): LineLocation {
  let best: LineLocation = { offKm: Infinity, alongKm: 0 };
  let before = 0;
  for (let i = 0; i < line.length - 1; i += 1) {
    const [a, b] = [line[i], line[i + 1]];
    const segmentKm = distance(a, b, { units: 'kilometers' });
    const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
    const [dx, dy] = [(b[0] - a[0]) * k, b[1] - a[1]];
    const [px, py] = [(point[0] - a[0]) * k, point[1] - a[1]];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    const foot = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    const offKm = distance(point, foot, { units: 'kilometers' });
    if (offKm < best.offKm) best = { offKm, alongKm: before + t * segmentKm };
    before += segmentKm;
  }
  if (line.length === 1) best = { offKm: distance(point, line[0], { units: 'kilometers' }), alongKm: 0 };
  return best;
}
