import distance from '@turf/distance';
import type { MultiPoint } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixture } from './geo.test-helpers';
import { greatCircleArc } from './great-circle-arc';
import { lengthKm } from './length-km';

describe('greatCircleArc', () => {
  it('draws one unbroken arc across the antimeridian', () => {
    const [from, to] = fixture<MultiPoint>('great-circle-antimeridian.in.geojson').coordinates;
    const arc = greatCircleArc(from, to, 32);
    expect(arc.type).toBe('LineString');
    expect(arc.coordinates[0]).toEqual([170, 50]);
    expect(arc.coordinates.at(-1)).toEqual([190, 55]);
    for (let i = 1; i < arc.coordinates.length; i += 1) {
      expect(arc.coordinates[i][0]).toBeGreaterThan(arc.coordinates[i - 1][0]);
      expect(arc.coordinates[i][0] - arc.coordinates[i - 1][0]).toBeLessThan(5);
    }
    // Its length is the great-circle distance, not a trip round the world.
    expect(lengthKm(arc)).toBe(Math.round(distance(from, to, { units: 'kilometers' })));
  });

  it('bows towards the pole between distant points (Pyongyang to Moscow)', () => {
    const arc = greatCircleArc([125.67, 39.22], [37.41, 55.97]);
    const maxLat = Math.max(...arc.coordinates.map((p) => p[1]));
    expect(maxLat).toBeGreaterThan(58);
    expect(arc.coordinates).toHaveLength(64);
  });
});
