import { describe, expect, it } from 'vitest';
import { type Box, overlaps, placeLabels } from './label-placement';

describe('overlaps', () => {
  it('is true for boxes that share area, false for boxes that only touch', () => {
    expect(overlaps([0, 0, 10, 10], [5, 5, 15, 15])).toBe(true);
    expect(overlaps([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
  });
});

describe('placeLabels', () => {
  it('takes the first candidate that is free, else the next, else leaves the label out', () => {
    const pin: Box = [0, 0, 10, 10];
    const right: Box = [12, 0, 40, 10];
    const left: Box = [-30, 0, -2, 10];
    const { chosen, taken } = placeLabels([[right, left], [right, left], [right, left]], [pin]);
    expect(chosen).toEqual([0, 1, -1]);
    expect(taken).toEqual([pin, right, left]);
  });

  it('skips candidates that do not fit the frame', () => {
    const inside = (box: Box) => box[0] >= 0;
    expect(placeLabels([[[-5, 0, 5, 5], [5, 0, 15, 5]]], [], inside).chosen).toEqual([1]);
  });
});
