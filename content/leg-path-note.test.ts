import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { legPathNote, railPathNote } from './leg-path-note';

// Each station's Korean and Russian names, which the ko and ru notes use.
const NAMES: Record<string, { ko: string; ru: string }> = {
  A: { ko: '가', ru: 'А' }, B: { ko: '나', ru: 'Б' }, C: { ko: '다', ru: 'В' }, D: { ko: '라', ru: 'Г' }, E: { ko: '마', ru: 'Д' },
};
const station = (id: string, name: string, coordinates: [number, number], status = 'verified') =>
  ({ id, name, ...NAMES[name], coordinates, status, source: 'test' });

// A main line A–B–C–D with a shape point between B and C, and a branch from C to E.
const railways: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'main', name: 'Main line',
        stations: [station('a', 'A', [0, 0]), station('b', 'B', [1, 0], 'estimate'), station('c', 'C', [2, 0]), station('d', 'D', [3, 0])],
        approximate: [['a', 'c']],
      },
      geometry: { type: 'LineString', coordinates: [[0, 0], [1, 0], [1.5, 0.1], [2, 0], [3, 0]] },
    },
    {
      type: 'Feature',
      properties: { id: 'branch', name: 'Branch', stations: [station('c', 'C', [2, 0]), station('e', 'E', [2, 1], 'estimate')], approximate: [['c', 'e']] },
      geometry: { type: 'LineString', coordinates: [[2, 0], [2, 1]] },
    },
  ],
};

describe('railPathNote', () => {
  it('counts the stations a path is drawn through, a junction once', () => {
    expect(railPathNote([[2, 0], [3, 0]], railways)).toBe('Drawn through 2 stations.');
  });

  it('names only the part of an approximate stretch the path uses, in the order of travel', () => {
    expect(railPathNote([[3, 0], [2, 0], [1.5, 0.1], [1, 0]], railways)).toBe(
      'Drawn through 3 stations; the line is approximate between C and B.',
    );
  });

  it('lists every approximate stretch along the way', () => {
    expect(railPathNote([[0, 0], [1, 0], [1.5, 0.1], [2, 0], [2, 1]], railways)).toBe(
      'Drawn through 4 stations; the line is approximate between A and C and between C and E.',
    );
  });

  it('names the stations in the Korean and Russian editions by their names in those languages', () => {
    const path = [[3, 0], [2, 0], [1.5, 0.1], [1, 0]];
    expect(railPathNote(path, railways, 'ko')).toBe('역 3곳을 지나도록 그림. 다–나 구간의 선로는 대략적임.');
    expect(railPathNote(path, railways, 'ru')).toBe('Проведена через 3 станции; линия приблизительна на участке В — Б.');
  });

  it('has nothing to say about a path off the lines', () => {
    expect(railPathNote([[5, 5], [6, 6]], railways)).toBeNull();
  });
});

describe('legPathNote', () => {
  it('says a car leg is a stand-in for an unreported road, and nothing of a flight', () => {
    expect(legPathNote('car', [[0, 0], [1, 1]], railways)).toBe('Direct line; the road taken was not reported.');
    expect(legPathNote('air', [[0, 0], [1, 1]], railways)).toBeNull();
  });
});
