import type { BBox, MultiPolygon, Position } from 'geojson';

/** The parts of a TopoJSON topology this reader needs (quantized or not). */
export interface Topology {
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
}

/** A TopoJSON Polygon or MultiPolygon geometry: rings as lists of arc indices (~i for arc i reversed). */
export type TopoPolygons = { type: 'Polygon'; arcs: number[][] } | { type: 'MultiPolygon'; arcs: number[][][] };

const meets = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The polygons of a TopoJSON geometry as a GeoJSON MultiPolygon, keeping only
 * those whose outer ring's box meets `within`. Points are built only for the
 * arcs of the polygons kept, which is much cheaper than turning the whole world
 * into GeoJSON to use one region of it.
 */
export function topoPolygons(topology: Topology, geometry: TopoPolygons, within?: BBox): MultiPolygon {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const quantized = topology.transform !== undefined;
  // Each arc's box first, without building its points: most of the world's arcs are never used.
  const decode = (arc: number[][], visit: (x: number, y: number) => void) => {
    let [x, y] = [0, 0];
    for (const [dx, dy] of arc) {
      if (quantized) {
        x += dx;
        y += dy;
      } else [x, y] = [dx, dy];
      visit(x * sx + tx, y * sy + ty);
    }
  };
  const boxes: BBox[] = topology.arcs.map((arc) => {
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    decode(arc, (x, y) => {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    });
    return box;
  });
  const decoded = new Map<number, Position[]>();
  const arcPoints = (i: number): Position[] => {
    let points = decoded.get(i);
    if (!points) {
      const out: Position[] = [];
      decode(topology.arcs[i], (x, y) => out.push([x, y]));
      decoded.set(i, (points = out));
    }
    return points;
  };
  const ringOf = (indices: number[]): Position[] => {
    const ring: Position[] = [];
    for (const index of indices) {
      const points = index < 0 ? [...arcPoints(~index)].reverse() : arcPoints(index);
      ring.push(...(ring.length === 0 ? points : points.slice(1)));
    }
    return ring;
  };
  const boxOf = (indices: number[]): BBox =>
    indices.map((i) => boxes[i < 0 ? ~i : i]).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.filter((rings) => !within || meets(boxOf(rings[0]), within)).map((rings) => rings.map(ringOf)),
  };
}
