import { describe, expect, it } from 'vitest';
import { projectToPixels } from './web-mercator';
import { roundDistance, scaleBar } from './scale-bar';

describe('roundDistance', () => {
  it('rounds down to 1, 2, 3 or 5 times a power of ten, as Leaflet’s scale does', () => {
    expect([0.9, 1, 1.9, 2.5, 4.9, 5, 9.99, 123, 480_000].map(roundDistance)).toEqual([0.5, 1, 1, 2, 3, 5, 5, 100, 300_000]);
  });
});

describe('scaleBar', () => {
  it('gives a round distance and its pixels along a row of the view', () => {
    // Zoom 5 at 43.1° N (Vladivostok): 100 px are 4.39° of longitude, 357 km along the parallel; 300 km are 84.1 px.
    const [, y] = projectToPixels([131.9, 43.1], 5);
    const bar = scaleBar(5, y, 100);
    expect(bar.metres).toBe(300_000);
    expect(bar.pixels).toBeCloseTo(84.1, 1);
  });

  it('measures at its row: further north a kilometre spans more pixels, by the ratio of the cosines', () => {
    const at = (lat: number) => scaleBar(5, projectToPixels([0, lat], 5)[1], 100);
    const moscow = at(55.75);
    const vladivostok = at(43.1);
    expect(moscow.metres).toBe(200_000);
    const perMetre = (bar: { metres: number; pixels: number }) => bar.pixels / bar.metres;
    expect(perMetre(moscow) / perMetre(vladivostok)).toBeCloseTo(Math.cos((43.1 * Math.PI) / 180) / Math.cos((55.75 * Math.PI) / 180), 2);
  });
});
