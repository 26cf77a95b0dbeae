import { describe, expect, it } from 'vitest';
import { legendEntries, legendTrips } from './legend-trips';
import { fixtureMapData } from './fixtures/fixture-data';

const trips = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }));
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('legendTrips', () => {
  it('lists every trip up to the limit', () => {
    expect(legendTrips(trips(3), null, 3)).toEqual({ shown: trips(3), more: 0 });
  });

  it('lists the first trips beyond the limit and counts the rest', () => {
    const { shown, more } = legendTrips(trips(10), null, 4);
    expect(ids(shown)).toEqual(['t0', 't1', 't2', 't3']);
    expect(more).toBe(6);
  });

  it('lists the trip in view first, then the first others', () => {
    expect(ids(legendTrips(trips(10), 't7', 4).shown)).toEqual(['t7', 't0', 't1', 't2']);
    expect(legendTrips(trips(10), 't7', 4).more).toBe(6);
    expect(ids(legendTrips(trips(10), 't2', 4).shown)).toEqual(['t2', 't0', 't1', 't3']);
    expect(ids(legendTrips(trips(10), 'unknown', 4).shown)).toEqual(['t0', 't1', 't2', 't3']);
  });
});

describe('legendEntries', () => {
  it('keeps only what the legend draws of each trip', () => {
    const { trips } = fixtureMapData();
    const { shown, more } = legendEntries(trips, null);
    expect(more).toBe(0);
    expect(shown.map((t) => t.id)).toEqual(trips.map((t) => t.id));
    expect(Object.keys(shown[0]).sort()).toEqual(['colour', 'dateRange', 'distance', 'id', 'kind', 'title', 'traveller']);
  });
});
