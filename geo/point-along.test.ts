import { describe, expect, it } from 'vitest';
import { pointAlong } from './point-along';

const line = { type: 'LineString' as const, coordinates: [[0, 0], [0, 1], [0, 3]] };

describe('pointAlong', () => {
  it('walks the line by distance, across vertices', () => {
    expect(pointAlong(line, 0)).toEqual([0, 0]);
    expect(pointAlong(line, 0.5)[1]).toBeCloseTo(1.5, 5);
    expect(pointAlong(line, 1)).toEqual([0, 3]);
  });

  it('clamps fractions outside 0–1', () => {
    expect(pointAlong(line, -1)).toEqual([0, 0]);
    expect(pointAlong(line, 2)).toEqual([0, 3]);
  });
});
