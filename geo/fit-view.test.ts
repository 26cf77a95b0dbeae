import { describe, expect, it } from 'vitest';
import { fitView, toViewPixel, viewBounds } from './fit-view';

// Pyongyang to the Vostochny Cosmodrome, the 2023 trip.
const trip: [number, number, number, number] = [125.7625, 39.0392, 131.8855, 51.8844];

describe('fitView', () => {
  it('fits the box inside the padded frame, touching it on one axis, centred on the other', () => {
    const view = fitView(trip, 800, 500, 20, 12);
    const [left, top] = toViewPixel([trip[0], trip[3]], view);
    const [right, bottom] = toViewPixel([trip[2], trip[1]], view);
    expect(top).toBeCloseTo(20, 6);
    expect(bottom).toBeCloseTo(480, 6);
    expect(left).toBeGreaterThan(20);
    expect((left + right) / 2).toBeCloseTo(400, 6);
  });

  it('centres the box in what the padding leaves', () => {
    const view = fitView(trip, 800, 500, { top: 100, right: 0, bottom: 0, left: 300 }, 12);
    const [left, top] = toViewPixel([trip[0], trip[3]], view);
    const [right, bottom] = toViewPixel([trip[2], trip[1]], view);
    expect(top).toBeCloseTo(100, 6);
    expect(bottom).toBeCloseTo(500, 6);
    expect((left + right) / 2).toBeCloseTo(550, 6);
  });

  it('keeps a single point from zooming in without limit', () => {
    const view = fitView([131.88, 43.11, 131.88, 43.11], 400, 300, 10, 9);
    expect(view.zoom).toBe(9);
    expect(toViewPixel([131.88, 43.11], view)).toEqual([200, 150]);
  });

  it('gives back the geographic box the frame covers', () => {
    const view = fitView(trip, 800, 500, 0, 12);
    const [west, south, east, north] = viewBounds(view);
    expect(south).toBeCloseTo(trip[1], 6);
    expect(north).toBeCloseTo(trip[3], 6);
    expect(west).toBeLessThan(trip[0]);
    expect(east).toBeGreaterThan(trip[2]);
  });
});
