import { describe, expect, it } from 'vitest';
import { directionArrow } from './direction-arrow';

describe('directionArrow', () => {
  it('points east along an eastbound line, at its middle', () => {
    const arrow = directionArrow({ type: 'LineString', coordinates: [[130, 40], [132, 40]] });
    expect(arrow?.properties.angle).toBeCloseTo(0, 0);
    expect(arrow?.geometry.coordinates[0]).toBeCloseTo(131, 1);
  });

  it('points up the screen (-90°) along a northbound line', () => {
    const arrow = directionArrow({ type: 'LineString', coordinates: [[131, 42], [131, 45]] });
    expect(arrow?.properties.angle).toBeCloseTo(-90, 0);
  });

  it('gives no arrow for a line too short to show a direction', () => {
    expect(directionArrow({ type: 'LineString', coordinates: [[131.8865, 43.1163], [131.8865, 43.1163]] })).toBeNull();
  });
});
