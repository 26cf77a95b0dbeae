import { describe, expect, it } from 'vitest';
import { fixtureBasemap, fixtureMapData } from '../../content/fixtures/fixture-data';
import { LEG_WIDTH } from '../map-style';
import { renderStaticMap, type StaticMapOptions } from './static-map';
import { sourceLines } from './static-map-overlays';

// At 10 px, 'Sources: KBS World; Sputnik; TASS (via' is 197 px wide in DejaVu Sans.
const OUTLETS = ['KBS World', 'Sputnik', 'TASS (via panafricannews)', 'Chosun Ilbo (English)', 'Newspim (citing KCNA)'];

describe('sourceLines', () => {
  it('lists every outlet when they fit', () => {
    expect(sourceLines(OUTLETS.slice(0, 2), 200, 1)).toEqual(['Sources: KBS World; Sputnik']);
  });

  it('wraps the list over the lines it is given', () => {
    const lines = sourceLines(OUTLETS.slice(0, 3), 200, 2);
    expect(lines).toEqual(['Sources: KBS World; Sputnik; TASS (via', 'panafricannews)']);
  });

  it('says how many more outlets there are instead of cutting one short', () => {
    const lines = sourceLines(OUTLETS, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('Sources: KBS World; Sputnik; TASS (via panafricannews); and 2 more');
  });

  it('cuts a single outlet too long for the lines with an ellipsis', () => {
    const lines = sourceLines(['An outlet whose name alone runs on far longer than the width of the lines'], 100, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('…')).toBe(true);
  });
});

const getStaticMap = (options: StaticMapOptions) =>
  renderStaticMap(fixtureMapData(), { world: fixtureBasemap('world'), region: fixtureBasemap('region') }, options);

describe('legend', () => {
  // Each key of a trip's image: its label, and the line drawn beside it.
  const keysOf = (trip: string) => {
    const svg = getStaticMap({ trip, visit: null, width: 1200, height: 800, theme: 'light' }).match(/<g class="legend">.*?<\/g>/)![0];
    return [...svg.matchAll(/<path d="M18 [\d.]+h24" stroke="[^"]+" stroke-width="([\d.]+)"( stroke-dasharray="[^"]+")?\/><text[^>]*>([^<]+)<\/text>/g)]
      .map((m) => ({ label: m[3], width: Number(m[1]), dashed: Boolean(m[2]) }));
  };

  it('is compact on a small image, keeping most of it for the map', () => {
    const svg = getStaticMap({ trip: null, visit: null, width: 400, height: 300, theme: 'light' });
    const legendSvg = svg.match(/<g class="legend">.*?<\/g>/)![0];
    const height = Number(legendSvg.match(/<rect x="8" y="8" width="[\d.]+" height="([\d.]+)"/)![1]);
    expect(height).toBeLessThan(300 * 0.4);
    for (const name of ['Choe Ryong-hae 2014', 'Kim Jong-un 2019', 'Kim Jong-un 2023', 'Kim Jong-il 2011']) expect(legendSvg).toContain(`>${name}</text>`);
  });

  it('keys each line width once, naming a car leg with the flights it looks like', () => {
    expect(keysOf('choe-2014')).toEqual([
      { label: 'Flight or car', width: LEG_WIDTH.air, dashed: false },
      { label: 'Presumed, not reported', width: 2.5, dashed: true },
    ]);
    expect(keysOf('kim-2023')).toEqual([
      { label: 'Train', width: LEG_WIDTH.train, dashed: false },
      { label: 'Car', width: LEG_WIDTH.car, dashed: false },
      { label: 'Presumed, not reported', width: 2.5, dashed: true },
    ]);
  });
});

describe('a captioned visit', () => {
  const svgOf = (visit: string, width: number) => getStaticMap({ trip: 'kim-2023', visit, frame: 'visit', width, height: 520, theme: 'light' });
  const textsIn = (svg: string, group: string) =>
    [...svg.match(new RegExp(`<g [^>]*class="${group}"[^>]*>.*?</g>`))![0].matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((t) => t[1]);

  it('is headed by its whole date and place, in two lines where one is too short', () => {
    const lines = textsIn(svgOf('kim-2023-frigate', 600), 'caption');
    expect(lines.slice(0, 2).join(' ')).toBe('Sat 16 Sep 2023 · Ulysses Bay (frigate Marshal Shaposhnikov)');
    expect(lines.join(' ')).not.toContain('…');
  });

  it("lists the visit's own sources first in the source line", () => {
    const line = textsIn(svgOf('kim-2023-frigate', 1000), 'footer').join(' ');
    expect(line).toMatch(/^Sources: EFE \(via thetimesunion\); 47news; /);
  });
});

describe('the scale bar', () => {
  const scaleOf = (options: Partial<StaticMapOptions>) => {
    const svg = getStaticMap({ trip: 'kim-2019', visit: null, width: 1000, height: 520, theme: 'light', ...options });
    const group = svg.match(/<g class="scale">.*?<\/g>/)?.[0];
    if (!group) return null;
    const [, x0, x1] = group.match(/<path d="M([\d.]+) [\d.]+V[\d.]+H([\d.]+)V/)!;
    return { label: group.match(/<text[^>]*>([^<]+)<\/text>/)![1], pixels: Number(x1) - Number(x0) };
  };

  it('is a round distance, at most 100 px long and at least half that, as the map’s own', () => {
    const scale = scaleOf({})!;
    expect(scale.label).toMatch(/^(1|2|3|5)0* km$/);
    expect(scale.pixels).toBeGreaterThanOrEqual(50);
    expect(scale.pixels).toBeLessThanOrEqual(100);
  });

  it('stays clear of a caption that takes its corner, and is left out of a thumbnail', () => {
    expect(scaleOf({ visit: 'kim-2019-summit' })).not.toBeNull();
    expect(scaleOf({ visit: 'kim-2019-summit', width: 480, height: 400 })).toBeNull();
    expect(scaleOf({ width: 200, height: 150 })).toBeNull();
  });
});
