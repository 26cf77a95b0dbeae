import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fitView } from './fit-view';
import { fixture } from './geo.test-helpers';
import { projectGeometry } from './project-geometry';

describe('projectGeometry', () => {
  it('turns a route into frame pixels, north up, the same GeoJSON type', () => {
    const route = fixture<LineString>('project-geometry.in.geojson');
    const view = fitView([125.7625, 39.0392, 131.8855, 51.8844], 400, 600, 0, 12);
    const projected = projectGeometry(route, view);
    expect(projected.type).toBe('LineString');
    const [pyongyang, vladivostok, vostochny] = projected.coordinates;
    expect(pyongyang[1]).toBeCloseTo(600, 0); // the southernmost point touches the bottom edge
    expect(vostochny[1]).toBeCloseTo(0, 0);
    expect(vladivostok[0]).toBeGreaterThan(pyongyang[0]);
    expect(projected.coordinates.flat().every((v) => Math.round(v * 10) === v * 10)).toBe(true);
  });

  it('walks polygon rings', () => {
    const view = fitView([0, 0, 10, 10], 100, 100, 0, 12);
    const square = projectGeometry({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] }, view);
    const [[x0, y0], , [x2, y2]] = square.coordinates[0];
    // Ten degrees reach a little further north–south than east–west in Mercator: the height fits.
    expect([y0, y2]).toEqual([100, 0]);
    expect(x0 + x2).toBeCloseTo(100, 0);
  });
});
