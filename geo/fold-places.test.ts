import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type FoldablePlace, foldPlaces } from './fold-places';
import { fixture } from './geo.test-helpers';

const places = fixture<FeatureCollection<Point, FoldablePlace>>('places.in.geojson');
const membersAt = (zoom: number) => foldPlaces(places, zoom).features.map((f) => f.properties.members);

describe('foldPlaces', () => {
  it('folds sites a few km apart into their city at low zoom, led by the city', () => {
    expect(membersAt(6)).toEqual([['khasan', 'tumangang'], ['vladivostok', 'fefu']]);
  });

  it('folds the whole border region into one marker when even the cities overlap', () => {
    expect(membersAt(3)).toEqual([['khasan', 'vladivostok', 'tumangang', 'fefu']]);
  });

  it('separates every site at high zoom', () => {
    expect(membersAt(12)).toEqual([['khasan'], ['vladivostok'], ['tumangang'], ['fefu']]);
  });

  it('places each marker at its lead place', () => {
    const [khasan] = foldPlaces(places, 6).features;
    expect(khasan.geometry.coordinates).toEqual([130.6449, 42.4301]);
  });
});
