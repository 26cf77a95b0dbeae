import { describe, expect, it } from 'vitest';
import { combineByKind } from './basemap';

const square = (x: number) => [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]];

describe('combineByKind', () => {
  it('makes one shape per kind, kinds in the order they first come, labels apart', () => {
    const features: Parameters<typeof combineByKind>[0] = [
      { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: { type: 'Polygon', coordinates: square(0) } },
      { type: 'Feature', properties: { kind: 'land', name: 'A' }, geometry: { type: 'Polygon', coordinates: square(1) } },
      { type: 'Feature', properties: { kind: 'country-label', name: 'A' }, geometry: { type: 'Point', coordinates: [1.5, 0.5] } },
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: [[[2, 0], [2, 1]]] } },
      { type: 'Feature', properties: { kind: 'land', name: 'B' }, geometry: { type: 'MultiPolygon', coordinates: [square(2), square(4)] } },
      { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: { type: 'Polygon', coordinates: square(6) } },
      // A border clipped down to one line.
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates: [[3, 0], [3, 1]] } },
    ];
    expect(combineByKind(features)).toEqual([
      { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: { type: 'MultiPolygon', coordinates: [square(0), square(6)] } },
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: [square(1), square(2), square(4)] } },
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: [[[2, 0], [2, 1]], [[3, 0], [3, 1]]] } },
      { type: 'Feature', properties: { kind: 'country-label', name: 'A' }, geometry: { type: 'Point', coordinates: [1.5, 0.5] } },
    ]);
  });

  it('refuses a kind that mixes lines and areas', () => {
    expect(() => combineByKind([
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'Polygon', coordinates: square(0) } },
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } },
    ])).toThrow('basemap: the kind "land" mixes lines and areas');
  });
});
