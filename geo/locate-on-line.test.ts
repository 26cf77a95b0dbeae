import { describe, expect, it } from 'vitest';
import { locateOnLine } from './locate-on-line';

// An L along the equator then up the meridian 1° E: 1° is about 111.2 km.
const line = [[0, 0], [1, 0], [1, 1]];

describe('locateOnLine', () => {
  it('is zero off and measures along the line for a point on it', () => {
    const at = locateOnLine(line, [1, 0.5]);
    expect(at.offKm).toBeCloseTo(0, 6);
    expect(at.alongKm).toBeCloseTo(111.2 * 1.5, 0);
  });

  it('measures a point beside the line to its nearest segment', () => {
    const at = locateOnLine(line, [0.5, 0.01]);
    expect(at.offKm).toBeCloseTo(1.11, 1);
    expect(at.alongKm).toBeCloseTo(55.6, 0);
  });

  it('measures a point beyond an end to that end', () => {
    const at = locateOnLine(line, [-0.1, 0]);
    expect(at.offKm).toBeCloseTo(11.1, 0);
    expect(at.alongKm).toBe(0);
  });
});
