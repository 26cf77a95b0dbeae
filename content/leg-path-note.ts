import type { FeatureCollection, LineString, Position } from 'geojson';
import { railwayPropertiesSchema } from './railway-checks';
import type { TravelMode } from './schema';

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

/** Joins phrases as a reader would list them: "a", "a and b", "a, b, and c" (each phrase holds an "and" of its own). */
function listOf(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/**
 * What a train leg's path rests on, from the railway lines' own properties:
 * how many stations it is drawn through, and between which of them the line is
 * approximate, named in the order of travel. Null when the path uses no line.
 */
export function railPathNote(path: Position[], railways: FeatureCollection<LineString>): string | null {
  const onPath = new Set(path.map(keyOf));
  const stations = new Set<string>();
  const stretches: { from: string; to: string; at: number }[] = [];
  const pathIndex = new Map(path.map((p, i) => [keyOf(p), i]));
  const pathEdges = new Set(path.slice(1).map((p, i) => `${keyOf(path[i])}|${keyOf(p)}`));
  const travelled = (a: Position, b: Position) => pathEdges.has(`${keyOf(a)}|${keyOf(b)}`) || pathEdges.has(`${keyOf(b)}|${keyOf(a)}`);

  for (const feature of railways.features) {
    const parsed = railwayPropertiesSchema.safeParse(feature.properties);
    if (!parsed.success) continue;
    const line = feature.geometry.coordinates;
    const vertexOf = new Map(line.map((p, i) => [keyOf(p), i]));
    const placed = parsed.data.stations
      .map((s) => ({ ...s, index: vertexOf.get(keyOf(s.coordinates)) }))
      .filter((s): s is typeof s & { index: number } => s.index !== undefined);
    for (const s of placed) if (onPath.has(keyOf(s.coordinates))) stations.add(s.id);

    for (const [a, b] of parsed.data.approximate) {
      const [start, end] = [placed.find((s) => s.id === a)?.index, placed.find((s) => s.id === b)?.index];
      if (start === undefined || end === undefined) continue;
      const used: number[] = [];
      for (let i = start; i < end; i += 1) if (travelled(line[i], line[i + 1])) used.push(i);
      if (used.length === 0) continue;
      // Name the stretch by the stations that bound the part of it this leg uses.
      const first = Math.min(...used);
      const last = Math.max(...used) + 1;
      const before = placed.filter((s) => s.index <= first).at(-1)!;
      const after = placed.find((s) => s.index >= last)!;
      const forward = (pathIndex.get(keyOf(line[first])) ?? 0) <= (pathIndex.get(keyOf(line[last])) ?? 0);
      const [from, to] = forward ? [before, after] : [after, before];
      stretches.push({ from: from.name, to: to.name, at: Math.min(pathIndex.get(keyOf(line[first])) ?? 0, pathIndex.get(keyOf(line[last])) ?? 0) });
    }
  }
  if (stations.size === 0) return null;
  const drawn = `Drawn through ${stations.size} station${stations.size === 1 ? '' : 's'}`;
  if (stretches.length === 0) return `${drawn}.`;
  stretches.sort((x, y) => x.at - y.at);
  return `${drawn}; the line is approximate ${listOf(stretches.map((s) => `between ${s.from} and ${s.to}`))}.`;
}

/** The note on how a leg's path is drawn, shown in its popup; null for flights (a great circle says nothing uncertain). */
export function legPathNote(mode: TravelMode, path: Position[], railways: FeatureCollection<LineString>): string | null {
  if (mode === 'car') return 'Direct line; the road taken was not reported.';
  if (mode === 'train') return railPathNote(path, railways);
  return null;
}
