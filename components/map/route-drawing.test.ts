import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../../content/fixtures/fixture-data';
import { MANY_LEGS, routeDrawing } from './route-drawing';

const data = fixtureMapData();

describe('routeDrawing', () => {
  it('draws every trip with its progress for content within MANY_LEGS', () => {
    expect(data.legs.length).toBeLessThanOrEqual(MANY_LEGS);
    expect(routeDrawing(data.legs.length, null, 'kim-2023')).toEqual({ underlay: null, tripsWithProgress: 'all' });
  });

  it('with many legs, steps redraw only the current trip, over an underlay that keeps one style while stepping', () => {
    const many = MANY_LEGS + 1;
    expect(routeDrawing(many, null, null)).toEqual({ underlay: 'plain', tripsWithProgress: null });
    expect(routeDrawing(many, null, 'kim-2023')).toEqual({ underlay: 'faint', tripsWithProgress: 'kim-2023' });
    expect(routeDrawing(many, null, 'kim-2019')).toEqual({ underlay: 'faint', tripsWithProgress: 'kim-2019' });
  });

  it('with many legs and a trip chosen, leaves the other trips off', () => {
    expect(routeDrawing(MANY_LEGS + 1, 'kim-2023', 'kim-2023')).toEqual({ underlay: null, tripsWithProgress: 'kim-2023' });
  });
});
