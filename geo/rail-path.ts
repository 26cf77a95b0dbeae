import distance from '@turf/distance';
import type { FeatureCollection, LineString, Position } from 'geojson';

export interface RailPathOptions {
  /** How far (km) an endpoint may be from the network and still join it. */
  maxAccessKm?: number;
  /** Cost factor for the off-network access stretch, so the path joins the rails early. */
  accessPenalty?: number;
}

type Graph = Map<string, { position: Position; edges: Map<string, number> }>;

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

function buildGraph(network: FeatureCollection<LineString>): Graph {
  const graph: Graph = new Map();
  const node = (p: Position) => {
    const key = keyOf(p);
    if (!graph.has(key)) graph.set(key, { position: p, edges: new Map() });
    return key;
  };
  for (const feature of network.features) {
    const coords = feature.geometry.coordinates;
    for (let i = 1; i < coords.length; i += 1) {
      const a = node(coords[i - 1]);
      const b = node(coords[i]);
      const km = distance(coords[i - 1], coords[i], { units: 'kilometers' });
      graph.get(a)!.edges.set(b, km);
      graph.get(b)!.edges.set(a, km);
    }
  }
  return graph;
}

/**
 * The path by rail between two positions: each endpoint joins the network at a
 * nearby vertex (lines meet where they share a vertex), then the shortest route
 * along the lines. The result starts and ends at the given positions.
 * Throws when an endpoint is farther than maxAccessKm from every vertex or the
 * two cannot be joined by the network.
 */
export function railPath(
  network: FeatureCollection<LineString>,
  from: Position,
  to: Position,
  { maxAccessKm = 100, accessPenalty = 3 }: RailPathOptions = {},
): LineString {
  const graph = buildGraph(network);
  const access = (p: Position, label: string) => {
    const near = [...graph.entries()]
      .map(([key, n]) => ({ key, km: distance(p, n.position, { units: 'kilometers' }) }))
      .filter((n) => n.km <= maxAccessKm);
    if (near.length === 0) {
      throw new Error(`railPath: the ${label} point [${p.join(', ')}] is more than ${maxAccessKm} km from any railway`);
    }
    return near;
  };
  const starts = access(from, 'start');
  const ends = new Map(access(to, 'end').map((n) => [n.key, n.km * accessPenalty]));

  // Dijkstra from a virtual source joined to every nearby vertex; the graphs are small.
  const cost = new Map<string, number>(starts.map((s) => [s.key, s.km * accessPenalty]));
  const previous = new Map<string, string>();
  const done = new Set<string>();
  let best: { key: string; total: number } | null = null;
  for (;;) {
    let current: string | null = null;
    for (const [key, c] of cost) if (!done.has(key) && (current === null || c < cost.get(current)!)) current = key;
    if (current === null) break;
    const here = cost.get(current)!;
    if (best && here >= best.total) break;
    done.add(current);
    const exit = ends.get(current);
    if (exit !== undefined && (!best || here + exit < best.total)) best = { key: current, total: here + exit };
    for (const [next, km] of graph.get(current)!.edges) {
      if (!done.has(next) && here + km < (cost.get(next) ?? Infinity)) {
        cost.set(next, here + km);
        previous.set(next, current);
      }
    }
  }
  if (!best) throw new Error(`railPath: no railway connects [${from.join(', ')}] and [${to.join(', ')}]`);

  const vertices: Position[] = [];
  for (let key: string | undefined = best.key; key !== undefined; key = previous.get(key)) {
    vertices.unshift(graph.get(key)!.position);
  }
  const path = [from, ...vertices, to].filter((p, i, all) => i === 0 || keyOf(p) !== keyOf(all[i - 1]));
  if (path.length === 1) path.push(to);
  return { type: 'LineString', coordinates: path };
}
