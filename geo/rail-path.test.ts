import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixture } from './geo.test-helpers';
import { railPath } from './rail-path';

const network = fixture<FeatureCollection<LineString>>('rail-network.geojson');

describe('railPath', () => {
  it('follows the lines through the junction instead of cutting across', () => {
    expect(railPath(network, [130.01, 42.01], [131, 45])).toEqual(fixture('rail-path.out.geojson'));
  });

  it('joins the network at the vertex that makes the whole trip shortest', () => {
    // The end point is nearly as close to [132, 43] as to the junction, but the rails reach the junction first.
    const path = railPath(network, [130, 42], [131.45, 42.9]);
    expect(path.coordinates).toEqual([[130, 42], [131, 42.5], [131.45, 42.9]]);
  });

  it('refuses a point far from any railway', () => {
    expect(() => railPath(network, [100, 10], [131, 45])).toThrow(/start point \[100, 10\] is more than 100 km from any railway/);
  });

  it('refuses two points the network does not connect', () => {
    expect(() => railPath(network, [130, 42], [141, 42])).toThrow(/no railway connects/);
  });
});
