import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipToRegion } from './clip-to-region';
import { fixture } from './geo.test-helpers';

describe('clipToRegion', () => {
  it('keeps the part inside the region and drops what lies wholly outside', () => {
    const world = fixture<FeatureCollection<Polygon>>('clip-region.in.geojson');
    expect(clipToRegion(world, [10, -5, 30, 20], 0.01)).toEqual(fixture('clip-region.out.geojson'));
  });

  it('drops slivers a clip leaves along the edge instead of failing', () => {
    // Only one vertex of this thin triangle pokes into the region.
    const spike: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-5, 0], [0, 0.5], [-5, 1], [-5, 0]]] } }],
    };
    expect(() => clipToRegion(spike, [0, 0, 10, 10], 0.01)).not.toThrow();
    expect(clipToRegion(spike, [0, 0, 10, 10], 0.01).features).toEqual([]);
  });

  it('rounds coordinates to the given precision', () => {
    const square: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0.12345, 0], [1, 0], [1, 1], [0, 1], [0.12345, 0]]] } }],
    };
    const [clipped] = clipToRegion(square, [-10, -10, 10, 10], 0, 2).features;
    expect(clipped.geometry.coordinates[0][0]).toEqual([0.12, 0]);
  });
});
