import type { FeatureCollection, LineString, Position } from 'geojson';
import { railwayPropertiesSchema } from './railway-checks';
import type { TravelMode } from './schema';
import { fill, type Plural, plural } from './i18n/format';
import type { Lang } from './i18n/lang';

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

/** Joins phrases as a reader would list them: "a", "a and b", "a, b, and c" (each phrase holds an "and" of its own). */
function listOf(items: string[], lang: Lang): string {
  if (lang !== 'en') return items.join(', ');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

const WORDS: Record<Lang, { drawn: Plural; stretch: string; approximate: string; car: string }> = {
  en: {
    drawn: { one: 'Drawn through {n} station', other: 'Drawn through {n} stations' },
    stretch: 'between {from} and {to}',
    approximate: '{drawn}; the line is approximate {stretches}.',
    car: 'Direct line; the road taken was not reported.',
  },
  ko: {
    drawn: { other: '역 {n}곳을 지나도록 그림' },
    stretch: '{from}–{to}',
    approximate: '{drawn}. {stretches} 구간의 선로는 대략적임.',
    car: '직선으로 표시. 실제 이동한 도로는 보도되지 않음.',
  },
  ru: {
    drawn: { one: 'Проведена через {n} станцию', few: 'Проведена через {n} станции', many: 'Проведена через {n} станций', other: 'Проведена через {n} станции' },
    stretch: 'на участке {from} — {to}',
    approximate: '{drawn}; линия приблизительна {stretches}.',
    car: 'Прямая линия; маршрут по дорогам не сообщался.',
  },
};

/**
 * What a train leg's path rests on, from the railway lines' own properties:
 * how many stations it is drawn through, and between which of them the line is
 * approximate, named in the order of travel. Null when the path uses no line.
 */
export function railPathNote(path: Position[], railways: FeatureCollection<LineString>, lang: Lang = 'en'): string | null {
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
      stretches.push({ from: from[lang === 'en' ? 'name' : lang], to: to[lang === 'en' ? 'name' : lang], at: Math.min(pathIndex.get(keyOf(line[first])) ?? 0, pathIndex.get(keyOf(line[last])) ?? 0) });
    }
  }
  if (stations.size === 0) return null;
  const words = WORDS[lang];
  const drawn = plural(lang, words.drawn, stations.size);
  if (stretches.length === 0) return `${drawn}.`;
  stretches.sort((x, y) => x.at - y.at);
  const stretchList = listOf(stretches.map((s) => fill(words.stretch, { from: s.from, to: s.to })), lang);
  return fill(words.approximate, { drawn, stretches: stretchList });
}

/** The note on how a leg's path is drawn, shown in its popup; null for flights (a great circle says nothing uncertain). */
export function legPathNote(mode: TravelMode, path: Position[], railways: FeatureCollection<LineString>, lang: Lang = 'en'): string | null {
  if (mode === 'car') return WORDS[lang].car;
  if (mode === 'train') return railPathNote(path, railways, lang);
  return null;
}
