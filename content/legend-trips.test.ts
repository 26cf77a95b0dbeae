import { describe, expect, it } from 'vitest';
import { legendTrips } from './legend-trips';

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
