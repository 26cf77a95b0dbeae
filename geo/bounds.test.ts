import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf, positionsBox } from './bounds';
import { fixture } from './geo.test-helpers';

describe('boundsOf', () => {
  it('covers points and lines', () => {
    expect(boundsOf(fixture<FeatureCollection>('bounds.in.geojson'))).toEqual([37.6, 39.0, 132.1, 55.7]);
  });

  it('refuses an empty collection', () => {
    expect(() => boundsOf({ type: 'FeatureCollection', features: [] })).toThrow(/empty/);
  });
});

describe('positionsBox', () => {
  it('bounds a run of positions, unwrapped longitudes as they are', () => {
    expect(positionsBox([[179.5, 64], [181.2, 66.5], [180, 65]])).toEqual([179.5, 64, 181.2, 66.5]);
  });
});
