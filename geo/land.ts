import distance from '@turf/distance';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { positionsBox } from './bounds';

/** Answers "is this point on land?" for a set of land polygons. */
export interface LandIndex {
  isLand(point: Position): boolean;
}

/** A run of consecutive samples of a line that fall in the sea. */
export interface SeaStretch {
  /** Length of the run, km (samples at sea times the sampling step, rounded to 0.1 km). */
  km: number;
  /** The first and last sample at sea. */
  from: Position;
  to: Position;
  /** Index of the line's segment (coordinates[i] to coordinates[i + 1]) where the run starts. */
  segment: number;
}

// Latitude bands, in degrees: a point's ray cast only meets the edges filed under its band.
const BAND = 0.1;

type Land = FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon;

function polygonsOf(land: Land): Position[][][] {
  if (land.type === 'FeatureCollection') return land.features.flatMap((f) => polygonsOf(f.geometry));
  if (land.type === 'Feature') return polygonsOf(land.geometry);
  return land.type === 'Polygon' ? [land.coordinates] : land.coordinates;
}

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Indexes land polygons for point-in-land tests: polygons whose box misses
 * `within` (when given) are dropped, and every ring edge is filed under the
 * latitude bands it spans, so a test casts its ray against a few hundred edges,
 * not the whole coastline. Rings are counted even-odd, so holes (large lakes)
 * are water.
 */
export function landIndex(land: Land, within?: BBox): LandIndex {
  const bands = new Map<number, number[]>();
  for (const polygon of polygonsOf(land)) {
    if (within && !overlaps(positionsBox(polygon[0]), within)) continue;
    for (const ring of polygon) {
      for (let i = 0; i < ring.length - 1; i += 1) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        if (y1 === y2) continue;
        const first = Math.floor(Math.min(y1, y2) / BAND);
        const last = Math.floor(Math.max(y1, y2) / BAND);
        for (let b = first; b <= last; b += 1) {
          let edges = bands.get(b);
          if (!edges) bands.set(b, (edges = []));
          edges.push(x1, y1, x2, y2);
        }
      }
    }
  }
  return {
    isLand([px, py]) {
      const edges = bands.get(Math.floor(py / BAND));
      if (!edges) return false;
      let inside = false;
      for (let i = 0; i < edges.length; i += 4) {
        const y1 = edges[i + 1];
        const y2 = edges[i + 3];
        if (y1 > py === y2 > py) continue;
        const x1 = edges[i];
        const x = x1 + ((py - y1) / (y2 - y1)) * (edges[i + 2] - x1);
        if (x > px) inside = !inside;
      }
      return inside;
    },
  };
}

/**
 * Samples a line about every `stepKm` (each segment is cut into equal parts no
 * longer than that, both ends included) and returns the runs of samples in the
 * sea. Interpolation is linear in longitude and latitude, which is close enough
 * for segments of tens of km.
 */
export function seaStretches(line: Position[], land: LandIndex, stepKm = 1): SeaStretch[] {
  const stretches: SeaStretch[] = [];
  let run: { count: number; from: Position; to: Position; segment: number } | null = null;
  const close = () => {
    if (run) stretches.push({ km: Math.round(run.count * stepKm * 10) / 10, from: run.from, to: run.to, segment: run.segment });
    run = null;
  };
  const visit = (p: Position, segment: number) => {
    if (land.isLand(p)) close();
    else if (run) {
      run.count += 1;
      run.to = p;
    } else run = { count: 1, from: p, to: p, segment };
  };
  if (line.length === 1) visit(line[0], 0);
  for (let i = 0; i < line.length - 1; i += 1) {
    const [a, b] = [line[i], line[i + 1]];
    const parts = Math.max(1, Math.ceil(distance(a, b, { units: 'kilometers' }) / stepKm));
    for (let k = i === 0 ? 0 : 1; k <= parts; k += 1) {
      const t = k / parts;
      visit([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], i);
    }
  }
  close();
  return stretches;
}
