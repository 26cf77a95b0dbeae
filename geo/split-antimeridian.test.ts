import type { LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixture } from './geo.test-helpers';
import { splitAtAntimeridian } from './split-antimeridian';

describe('splitAtAntimeridian', () => {
  it('cuts an unwrapped line at ±180 with interpolated latitude', () => {
    const line = fixture<LineString>('split-antimeridian.in.geojson');
    expect(splitAtAntimeridian(line)).toEqual(fixture<MultiLineString>('split-antimeridian.out.geojson'));
  });

  it('returns a line that does not cross as a LineString', () => {
    const line: LineString = { type: 'LineString', coordinates: [[37.6, 55.7], [135, 48.5]] };
    expect(splitAtAntimeridian(line)).toEqual(line);
  });
});
