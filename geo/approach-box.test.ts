import distance from '@turf/distance';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { approachBox, arrivesFromNorth, lineTail } from './approach-box';
import { fixture } from './geo.test-helpers';

// 131° E → 132° E along 43° N (about 81 km), then north to 44° N (about 111 km).
const leg = fixture<LineString>('approach-leg.in.geojson');

describe('lineTail', () => {
  it('keeps the last stretch of the given length, ending where the line ends', () => {
    const tail = lineTail(leg, 50);
    expect(tail.coordinates.at(-1)).toEqual([132, 44]);
    expect(tail.coordinates).toHaveLength(2);
    expect(distance(tail.coordinates[0], tail.coordinates[1], { units: 'kilometers' })).toBeCloseTo(50, 3);
  });

  it('reaches back past a bend', () => {
    const tail = lineTail(leg, 150);
    expect(tail.coordinates.slice(1)).toEqual([[132, 43], [132, 44]]);
    // Along the great circle between the two points, a little north of the parallel.
    expect(tail.coordinates[0][1]).toBeCloseTo(43, 2);
    expect(tail.coordinates[0][0]).toBeGreaterThan(131);
    expect(tail.coordinates[0][0]).toBeLessThan(132);
  });

  it('returns a line shorter than the stretch whole', () => {
    expect(lineTail(leg, 1000)).toEqual(leg);
  });
});

describe('approachBox', () => {
  it('frames the place and the end of the leg that reached it', () => {
    const [west, south, east, north] = approachBox([132.01, 44.01], leg, 50);
    expect([east, north]).toEqual([132.01, 44.01]);
    expect(west).toBe(132);
    expect(south).toBeCloseTo(44 - 50 / 111.2, 2);
  });

  it('is the place alone when no leg reached it', () => {
    expect(approachBox([125.7, 39], null, 50)).toEqual([125.7, 39, 125.7, 39]);
  });
});

describe('arrivesFromNorth', () => {
  it('tells a leg that comes down from the north from one that comes up from the south', () => {
    const reversed: LineString = { type: 'LineString', coordinates: [...leg.coordinates].reverse() };
    expect(arrivesFromNorth([131, 43], reversed, 150)).toBe(true);
    expect(arrivesFromNorth([132, 44], leg, 150)).toBe(false);
  });

  it('is false where no leg arrives', () => {
    expect(arrivesFromNorth([131, 43], null, 150)).toBe(false);
  });
});
