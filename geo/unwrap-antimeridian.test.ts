import { describe, expect, it } from 'vitest';
import { unwrapAntimeridian } from './unwrap-antimeridian';

describe('unwrapAntimeridian', () => {
  it('continues eastward past 180 and westward past -180', () => {
    expect(unwrapAntimeridian([[179, 0], [-179, 1], [-178, 2]])).toEqual([[179, 0], [181, 1], [182, 2]]);
    expect(unwrapAntimeridian([[-179, 0], [179, 1]])).toEqual([[-179, 0], [-181, 1]]);
  });

  it('leaves lines that do not cross unchanged', () => {
    const line = [[125.7, 39], [130.6, 42.4], [131.9, 43.1]];
    expect(unwrapAntimeridian(line)).toEqual(line);
  });
});
