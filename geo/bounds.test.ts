import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds';
import { fixture } from './geo.test-helpers';

describe('boundsOf', () => {
  it('covers points and lines', () => {
    expect(boundsOf(fixture<FeatureCollection>('bounds.in.geojson'))).toEqual([37.6, 39.0, 132.1, 55.7]);
  });

  it('refuses an empty collection', () => {
    expect(() => boundsOf({ type: 'FeatureCollection', features: [] })).toThrow(/empty/);
  });
});
