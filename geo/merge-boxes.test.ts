import { describe, expect, it } from 'vitest';
import { mergeBoxes } from './merge-boxes';

describe('mergeBoxes', () => {
  it('merges chains of overlapping boxes into one', () => {
    expect(mergeBoxes([[0, 0, 2, 2], [5, 5, 6, 6], [1, 1, 3, 3], [2.5, 0, 4, 1]])).toEqual([[0, 0, 4, 3], [5, 5, 6, 6]]);
  });

  it('merges a box that only overlaps the union of two others', () => {
    expect(mergeBoxes([[0, 0, 1, 1], [2, 0, 3, 1], [0.5, 0.5, 2.5, 0.6]])).toEqual([[0, 0, 3, 1]]);
  });

  it('keeps separate boxes apart', () => {
    expect(mergeBoxes([[10, 10, 11, 11], [0, 0, 1, 1]])).toEqual([[0, 0, 1, 1], [10, 10, 11, 11]]);
  });
});
