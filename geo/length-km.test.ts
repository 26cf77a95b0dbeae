import { describe, expect, it } from 'vitest';
import { lengthKm } from './length-km';

describe('lengthKm', () => {
  it('measures along every segment', () => {
    // One degree of latitude is about 111.2 km on turf's sphere.
    expect(lengthKm({ type: 'LineString', coordinates: [[0, 0], [0, 1], [0, 2]] })).toBe(222);
  });

  it('gives Khasan–Tumangang across the Tumen as about 3 km', () => {
    expect(lengthKm({ type: 'LineString', coordinates: [[130.6449, 42.4301], [130.6081, 42.4214]] })).toBe(3);
  });
});
