import { beforeAll, describe, expect, it } from 'vitest';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { BASEMAP_LEVELS, basemapTopology, combineByKind } from './basemap';
import { fixtureBasemap } from '../fixtures/fixture-data';

// The levels are built once for the file, before the tests that read them: that reads Natural
// Earth's world files (1:10m is 3.6 MB of TopoJSON), a second or two of CPU, and several seconds of
// wall time on a busy two-core machine, so the hook has a timeout of its own.
beforeAll(() => {
  for (const level of BASEMAP_LEVELS) fixtureBasemap(level);
}, 30_000);

const square = (x: number) => [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]];

describe('combineByKind', () => {
  it('makes one shape per kind, kinds in the order they first come, labels apart', () => {
    const features: Parameters<typeof combineByKind>[0] = [
      { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: { type: 'Polygon', coordinates: square(0) } },
      { type: 'Feature', properties: { kind: 'land', name: 'A' }, geometry: { type: 'Polygon', coordinates: square(1) } },
      { type: 'Feature', properties: { kind: 'country-label', name: 'A' }, geometry: { type: 'Point', coordinates: [1.5, 0.5] } },
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: [[[2, 0], [2, 1]]] } },
      { type: 'Feature', properties: { kind: 'land', name: 'B' }, geometry: { type: 'MultiPolygon', coordinates: [square(2), square(4)] } },
      { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: { type: 'Polygon', coordinates: square(6) } },
      // A border clipped down to one line.
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates: [[3, 0], [3, 1]] } },
    ];
    expect(combineByKind(features)).toEqual([
      { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: { type: 'MultiPolygon', coordinates: [square(0), square(6)] } },
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: [square(1), square(2), square(4)] } },
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: [[[2, 0], [2, 1]], [[3, 0], [3, 1]]] } },
      { type: 'Feature', properties: { kind: 'country-label', name: 'A' }, geometry: { type: 'Point', coordinates: [1.5, 0.5] } },
    ]);
  });

  it('refuses a kind that mixes lines and areas', () => {
    expect(() => combineByKind([
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'Polygon', coordinates: square(0) } },
      { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } },
    ])).toThrow('basemap: the kind "land" mixes lines and areas');
  });
});

describe('buildBasemap', () => {
  // Land is rounded to 0.01° (region) or 0.0001° (detail), the mask is not: land on the mask's edge
  // may overlap it by half of that (overlapping, it leaves no sliver of sea along the edge).
  // Building the detail level from Natural Earth 1:10m took 13-17 s on two cores shared with other builds.
  it.each([['region', 0.005], ['detail', 0.00005]] as const)('starts the %s level with a sea mask around all of its land (±%f°)', (level, rounding) => {
    const basemap = fixtureBasemap(level);
    expect(basemap.features[0].properties.kind).toBe('sea-mask');
    const boxes = (basemap.features[0].geometry as Polygon | MultiPolygon).type === 'Polygon'
      ? [basemap.features[0].geometry.coordinates as Position[][]]
      : (basemap.features[0].geometry.coordinates as Position[][][]);
    const inABox = ([lng, lat]: Position) => boxes.some(([ring]) => {
      const lngs = ring.map((p) => p[0]);
      const lats = ring.map((p) => p[1]);
      const slack = rounding + 1e-9;
      return lng >= Math.min(...lngs) - slack && lng <= Math.max(...lngs) + slack && lat >= Math.min(...lats) - slack && lat <= Math.max(...lats) + slack;
    });
    const land = basemap.features.filter((f) => f.properties.kind === 'land').flatMap((f) => (f.geometry.coordinates as Position[][][]).flat(2));
    expect(land.length).toBeGreaterThan(100);
    expect(land.every(inABox)).toBe(true);
  }, 60_000);
});

describe('lakes', () => {
  /** Whether a point lies inside a ring (even–odd ray casting). */
  function insideRing([x, y]: Position, ring: Position[]): boolean {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }
  const inLake = (level: 'world' | 'region', point: Position) => fixtureBasemap(level).features
    .filter((f) => f.properties.kind === 'lake')
    .some((f) => (f.geometry as MultiPolygon).coordinates.some(([outer]) => insideRing(point, outer)));

  it('draws Lake Baikal at every level the map shows it at, and Lake Khanka from the region level on', () => {
    expect(inLake('world', [108.0, 53.5])).toBe(true); // Baikal, middle of the lake
    expect(inLake('region', [108.0, 53.5])).toBe(true);
    expect(inLake('region', [132.4, 45.0])).toBe(true); // Khanka, on the Russia–China border
    expect(inLake('region', [107.6, 51.83])).toBe(false); // Ulan-Ude, on the shore's plain
  });
});

describe('rivers', () => {
  /** The nearest river vertex to a point, in degrees. */
  const nearestRiver = (level: 'world' | 'region' | 'detail', [lng, lat]: Position) => Math.min(...fixtureBasemap(level).features
    .filter((f) => f.properties.kind === 'river')
    .flatMap((f) => (f.geometry as MultiLineString).coordinates.flat())
    .map(([x, y]) => Math.hypot(x - lng, y - lat)));

  it('draws the Amur past Khabarovsk and the Zeya at Blagoveshchensk from the region level on, none at world scale', () => {
    expect(nearestRiver('region', [135.07, 48.48])).toBeLessThan(0.1);
    expect(nearestRiver('region', [127.53, 50.27])).toBeLessThan(0.1);
    expect(nearestRiver('world', [135.07, 48.48])).toBe(Infinity);
  });

  it('draws the Tumen and the Ussuri (Natural Earth 1:10m) at the region and detail levels', () => {
    // Vertices of lines simplified to 0.02° (region) or 0.0005° (detail).
    expect(nearestRiver('region', [130.608, 42.4214])).toBeLessThan(0.06); // the Tumen at Tumangang
    expect(nearestRiver('region', [133.4, 45.47])).toBeLessThan(0.05); // the Ussuri at Lesozavodsk
    expect(nearestRiver('detail', [130.608, 42.4214])).toBeLessThan(0.01); // the box around Tumangang and Khasan
  });
});

describe('region borders', () => {
  const nearestRegionBorder = (level: 'world' | 'region' | 'detail', [lng, lat]: Position) => Math.min(...fixtureBasemap(level).features
    .filter((f) => f.properties.kind === 'region-border')
    .flatMap((f) => (f.geometry as MultiLineString).coordinates.flat())
    .map(([x, y]) => Math.hypot(x - lng, y - lat)));

  it('draws the Far East regions\' borders from the region level on, apart from the country borders and under them', () => {
    expect(nearestRegionBorder('region', [134.25, 46.82])).toBeLessThan(0.25); // Primorsky–Khabarovsk, by Bikin
    expect(nearestRegionBorder('region', [134.2, 48.6])).toBeLessThan(0.1); // Jewish AO–Khabarovsk, west of Khabarovsk
    expect(nearestRegionBorder('world', [134.25, 46.82])).toBe(Infinity);
    // The Jewish AO begins across the Amur from Khabarovsk: its border is in the box around the city.
    expect(nearestRegionBorder('detail', [134.9, 48.45])).toBeLessThan(0.05);
    const kinds = fixtureBasemap('region').features.map((f) => f.properties.kind);
    expect(kinds.indexOf('region-border')).toBeGreaterThan(0);
    expect(kinds.indexOf('region-border')).toBeLessThan(kinds.indexOf('border'));
  });
});

describe('basemapTopology', () => {
  const positions = (coordinates: unknown): Position[] =>
    typeof (coordinates as number[])[0] === 'number' ? [coordinates as Position] : (coordinates as unknown[]).flatMap(positions);

  /** Whether every position of `after` lies within `step` of one of `before` (rings may start elsewhere). */
  function allNear(after: Position[], before: Position[], step: number): boolean {
    const cell = ([lng, lat]: Position) => `${Math.floor(lng / step)},${Math.floor(lat / step)}`;
    const grid = new Map<string, Position[]>();
    for (const p of before) grid.set(cell(p), [...(grid.get(cell(p)) ?? []), p]);
    return after.every(([lng, lat]) => {
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          const near = grid.get(cell([lng + dx * step, lat + dy * step])) ?? [];
          if (near.some((p) => Math.abs(p[0] - lng) <= step && Math.abs(p[1] - lat) <= step)) return true;
        }
      }
      return false;
    });
  }

  it.each([['world', 0.0225], ['region', 0.004], ['detail', 0.0001]] as const)(
    'turns back into the %s level, every position within a grid step (%f°)',
    (level, step) => {
      const basemap = fixtureBasemap(level);
      const topology = basemapTopology(level, basemap);
      const back = feature(topology, topology.objects.basemap);
      expect(back.features.map((f) => f.properties)).toEqual(basemap.features.map((f) => f.properties));
      back.features.forEach((f, i) => {
        const before = positions(basemap.features[i].geometry.coordinates);
        const after = positions((f.geometry as { coordinates: unknown }).coordinates);
        expect(after.length).toBeGreaterThan(before.length * 0.9);
        expect(allNear(after, before, step)).toBe(true);
      });
    },
  );
});
