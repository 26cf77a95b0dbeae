import { describe, expect, it } from 'vitest';
import { projectToPixels, unprojectFromPixels } from './web-mercator';

describe('Web Mercator pixels', () => {
  it('puts the origin of the map at [-180, 85.05] and its centre at [0, 0]', () => {
    expect(projectToPixels([-180, 85.0511287798], 0).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0]);
    expect(projectToPixels([0, 0], 1)).toEqual([256, 256]);
  });

  it('unprojects what it projects, Vostochny at zoom 6.5', () => {
    const [lng, lat] = unprojectFromPixels(projectToPixels([128.3369, 51.8844], 6.5), 6.5);
    expect(lng).toBeCloseTo(128.3369, 9);
    expect(lat).toBeCloseTo(51.8844, 9);
  });
});
