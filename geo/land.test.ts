import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixture } from './geo.test-helpers';
import { landIndex, seaStretches } from './land';

const land = landIndex(fixture<FeatureCollection<Polygon>>('land.in.geojson'));

describe('landIndex', () => {
  it('finds points inside a polygon, in any part of a multipolygon', () => {
    expect(land.isLand([0.1, 0.1])).toBe(true);
    expect(land.isLand([2.5, 0.5])).toBe(true);
    expect(land.isLand([10.5, 10.2])).toBe(true);
  });

  it('counts the sea and a lake (a hole) as water', () => {
    expect(land.isLand([1.5, 0.5])).toBe(false);
    expect(land.isLand([0.5, 0.5])).toBe(false);
    expect(land.isLand([10.9, 10.9])).toBe(false);
    expect(land.isLand([-5, 50])).toBe(false);
  });

  it('drops polygons whose box misses the area of interest', () => {
    const near = landIndex(fixture<FeatureCollection<Polygon>>('land.in.geojson'), [-1, -1, 4, 2]);
    expect(near.isLand([0.1, 0.1])).toBe(true);
    expect(near.isLand([10.5, 10.2])).toBe(false);
  });
});

describe('seaStretches', () => {
  it('is empty for a line on land', () => {
    expect(seaStretches([[0.1, 0.1], [0.9, 0.1], [0.9, 0.9]], land)).toEqual([]);
  });

  it('measures each run at sea or on a lake, sampled about every km', () => {
    const stretches = seaStretches([[0.1, 0.5], [2.9, 0.5]], land);
    expect(stretches).toHaveLength(2);
    // The lake is 0.2° of longitude wide (22 km at the equator), the strait 1° (111 km).
    expect(stretches[0].km).toBeGreaterThan(21);
    expect(stretches[0].km).toBeLessThan(23);
    expect(stretches[1].km).toBeGreaterThan(110);
    expect(stretches[1].km).toBeLessThan(112);
    expect(stretches[1].from[0]).toBeGreaterThan(1);
    expect(stretches[1].to[0]).toBeLessThan(2);
    expect(stretches.map((s) => s.segment)).toEqual([0, 0]);
  });

  it('names the segment where a run starts', () => {
    const [stretch] = seaStretches([[0.1, 0.1], [0.9, 0.1], [2.5, 0.1]], land);
    expect(stretch.segment).toBe(1);
  });
});
