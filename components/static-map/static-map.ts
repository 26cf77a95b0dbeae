import { BASEMAP_MAX_ZOOM } from '../../content/basemap/basemap-levels';
import type { BBox, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import simplify from '@turf/simplify';
import { boundsOf } from '../../geo/bounds';
import { clipToRegion } from '../../geo/clip-to-region';
import { fitView, type Padding, paddingSides, SIDE_NAMES, toViewPixel, type View, viewBounds } from '../../geo/fit-view';
import { projectGeometry } from '../../geo/project-geometry';
import type { Basemap, BasemapProperties } from '../../content/basemap/basemap';
import { basemapLabelName } from '../../content/basemap/basemap-label-name';
import { IMAGE_MESSAGES } from '../../content/i18n/image-messages';
import type { Lang } from '../../content/i18n/lang';
import type { MapData, MapLeg, MapTrip } from '../../content/map-data';
import { type Box, placeLabels } from '../../geo/label-placement';
import { textWidth } from './svg-text';
import { places } from './static-map-places';
import { fittedCaption, footer, legend, paddingFor, scalePanel, scaleSlot } from './static-map-overlays';
import { legLine, type Theme } from '../map-style';
import { renderStaticSvg } from './StaticMap';
import type { BasemapLabel, BasemapPaths, Overlay, PlacedNames, RouteLine } from './types';
import { COUNTRY_LETTER_SPACING, inView, round } from './view';

// The map as one SVG document, drawn on the server from the same content and
// geo/ geometry as the interactive map: for static images, print, link previews
// and the first view before the interactive map is ready. Here it is framed,
// measured and placed; the components of StaticMap.tsx draw it.

export type StaticTheme = Theme;

export interface StaticMapOptions {
  /** One trip, or null for all. */
  trip: string | null;
  /** A visit to mark and caption. */
  visit: string | null;
  /** What the map frames: the whole trip (the default), or the visit's surroundings, a detail map. */
  frame?: 'trip' | 'visit';
  width: number;
  height: number;
  theme: StaticTheme;
  /**
   * The edition: the language of the image's words, names and dates (default English). The
   * image is drawn in its data's language; where given, this must be the same (getStaticMap picks
   * the data by it).
   */
  lang?: Lang;
  /**
   * The map alone, as a page's first view: no legend, caption, borders or source
   * line, lighter geometry, and the viewBox grown by half the frame on each side
   * (the frame stays in the middle), so that shown at twice the size of a box
   * with `object-fit: contain` it fills boxes of other shapes too.
   */
  bare?: boolean;
  /** Pixels to keep clear of routes and places, e.g. where the page lays its legend over the map. */
  padding?: Padding;
}

/** Images smaller than this on either side are thumbnails (see renderStaticMap). */
const THUMBNAIL_BELOW = { width: 360, height: 240 };
/** The finer basemap takes over from this zoom, as on the interactive map. */
const REGION_ZOOM = 4.5;

/** How finely the map is drawn: a full image, or the lighter first view of a page. */
interface Detail {
  /** Pixels of basemap drawn beyond each edge of the frame. */
  overscan: number;
  /** Pixels a simplified outline or route may stray from the original. */
  tolerance: number;
  /** Decimals kept in pixel coordinates. */
  decimals: 0 | 1;
  borders: boolean;
  /** Draw a route once where several legs would draw the same line (repeated journeys): same picture, lighter file. */
  mergeIdentical: boolean;
}

type Outline = LineString | MultiLineString | Polygon | MultiPolygon;

/**
 * SVG path data; clipping can turn a multi-part geometry into a single part, so all four kinds come
 * here. Each line starts at an absolute point and goes on in relative steps: short numbers, about a
 * third less to send once compressed. Steps are taken between rounded points, so no error adds up.
 */
function pathData(geometry: Outline, closed: boolean, decimals: 0 | 1): string {
  const lines: Position[][] =
    geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const snap = decimals === 0 ? Math.round : (v: number) => Math.round(v * 10) / 10;
  return lines
    .filter((line) => line.length > 1)
    .map((line) => {
      const points = line.map(([x, y]) => [snap(x), snap(y)]);
      const steps = points.slice(1).map(([x, y], i) => `${snap(x - points[i][0])} ${snap(y - points[i][1])}`);
      return `M${points[0][0]} ${points[0][1]}l${steps.join(' ').replace(/ -/g, '-')}${closed ? 'z' : ''}`;
    })
    .join('');
}

/**
 * One level's land, lakes, rivers, region and country borders inside the view and its overscan, simplified, in frame pixels; over
 * a coarser level, first its sea mask, which hides the coarser coast inside the level's box.
 */
function basemapPaths(basemap: Basemap, view: View, detail: Detail, over: boolean): BasemapPaths {
  const box = viewBounds(view, detail.overscan);
  const pixelDegrees = (360 / (256 * 2 ** view.zoom)) * detail.tolerance;
  const drawn = { 'sea-mask': over, land: true, lake: true, river: detail.borders, 'region-border': detail.borders, border: detail.borders } as Partial<Record<BasemapProperties['kind'], boolean>>;
  const shapes = basemap.features.filter((f) => drawn[f.properties.kind]);
  const clipped = clipToRegion({ type: 'FeatureCollection', features: shapes as never[] }, box, pixelDegrees, 6);
  const paths = { 'sea-mask': '', land: '', lake: '', river: '', 'region-border': '', border: '' } as Record<BasemapProperties['kind'], string>;
  const lines = new Set<BasemapProperties['kind']>(['river', 'region-border', 'border']);
  for (const feature of clipped.features as Basemap['features']) {
    paths[feature.properties.kind] += pathData(projectGeometry(feature.geometry as Outline, view), !lines.has(feature.properties.kind), detail.decimals);
  }
  return { seaMask: paths['sea-mask'], land: paths.land, lake: paths.lake, river: paths.river, regionBorder: paths['region-border'], border: paths.border };
}

/** The levels a view needs, coarse first: the region's alone, unless the view reaches past its box. */
function basemapLevels(basemaps: { world: Basemap; region: Basemap }, view: View, overscan: number): Basemap[] {
  if (view.zoom < REGION_ZOOM) return [basemaps.world];
  const mask = basemaps.region.features.filter((f) => f.properties.kind === 'sea-mask');
  const [west, south, east, north] = boundsOf({ type: 'FeatureCollection', features: mask });
  const [w, s, e, n] = viewBounds(view, overscan);
  return w >= west && s >= south && e <= east && n <= north ? [basemaps.region] : [basemaps.world, basemaps.region];
}

/** Country and sea names in the edition's language, where they cover no place, label or overlay (those matter more). */
function basemapLabels(world: Basemap, view: View, obstacles: Box[], lang: Lang): BasemapLabel[] {
  if (view.zoom > 6) return [];
  const labels = world.features.flatMap((f) => {
    if (f.geometry.type !== 'Point') return [];
    const [x, y] = toViewPixel(f.geometry.coordinates, view).map(round);
    const name = basemapLabelName(f.properties, lang);
    const sea = f.properties.kind === 'sea-label';
    // The letter spacing widens the name: "РЕСПУБЛИКА КОРЕЯ" by 24 px.
    const half = (textWidth(name, 11) + (sea ? 0 : COUNTRY_LETTER_SPACING * [...name].length)) / 2 + 4;
    return [{ x, y, name, sea, box: [x - half, y - 10, x + half, y + 4] as Box }];
  });
  const { chosen } = placeLabels(labels.map((l) => [l.box]), obstacles, inView(view, 0));
  return labels.filter((_, i) => chosen[i] >= 0).map(({ x, y, name, sea }) => ({ x, y, name, sea }));
}

function routes(legs: MapLeg[], trips: Map<string, MapTrip>, view: View, detail: Detail): RouteLine[] {
  const drawn = new Set<string>();
  return legs.flatMap((leg) => {
    const line = projectGeometry({ type: 'LineString', coordinates: leg.coordinates }, view);
    const d = pathData(simplify(line, { tolerance: detail.tolerance / 2 }), false, detail.decimals);
    const trip = trips.get(leg.trip)!;
    const key = `${d}|${trip.colour}|${leg.mode}|${leg.certainty}`;
    if (detail.mergeIdentical && drawn.has(key)) return [];
    drawn.add(key);
    return [{ legId: leg.id, d, colour: trip.colour, ...legLine(leg, trip.kind) }];
  });
}

/**
 * The view of the extent, and its places. An image of a trip makes room for names that fit only
 * beyond its edge (Komsomolsk-on-Amur, the easternmost place of all trips): it grows that side's
 * padding by the room they lack and tries again, up to three times as a smaller view moves the
 * places too, by at most a quarter of the image in all; it keeps the view that leaves the fewest
 * dots unnamed, of equals the first. A visit's detail map keeps the surroundings it frames, and a
 * page's first view the view of the interactive map that replaces it.
 */
function framePlaces(extent: BBox, padding: Padding, width: number, height: number, roomForNames: boolean, place: (view: View) => PlacedNames) {
  const start = paddingSides(padding);
  const limit = { top: height / 4, right: width / 4, bottom: height / 4, left: width / 4 };
  let sides = start;
  let best: { view: View; placed: PlacedNames } | undefined;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const view = fitView(extent, width, height, sides, BASEMAP_MAX_ZOOM);
    const placed = place(view);
    if (!best || placed.unnamed < best.placed.unnamed) best = { view, placed };
    if (!roomForNames) break;
    const grown = { ...sides };
    for (const side of SIDE_NAMES) grown[side] = Math.min(sides[side] + placed.lacking[side], start[side] + limit[side]);
    if (SIDE_NAMES.every((side) => grown[side] === sides[side])) break;
    sides = grown;
  }
  return best!;
}

/** Throws on an unknown trip or visit: the caller checks ids first (404 for a URL). */
export function renderStaticMap(data: MapData, basemaps: { world: Basemap; region: Basemap }, options: StaticMapOptions): string {
  const { width, height, theme, bare = false } = options;
  const { lang } = data;
  if (options.lang && options.lang !== lang) throw new Error(`renderStaticMap: the image is asked for in ${options.lang}, the data is in ${lang}`);
  const trips = options.trip ? data.trips.filter((t) => t.id === options.trip) : data.trips;
  if (trips.length === 0) throw new Error(`renderStaticMap: no trip "${options.trip}"`);
  if (options.visit && !data.visits.some((v) => v.id === options.visit)) throw new Error(`renderStaticMap: no visit "${options.visit}"`);
  const tripById = new Map(data.trips.map((t) => [t.id, t]));
  const legs = data.legs.filter((l) => trips.some((t) => t.id === l.trip));
  const shownVisits = new Set(trips.flatMap((t) => t.visits));
  const shownPlaces = data.places.filter((p) => p.visits.some((v) => shownVisits.has(v)));

  const visitPlace = options.visit ? data.places.find((p) => p.id === data.visits.find((v) => v.id === options.visit)!.place)! : null;
  const framed = options.frame === 'visit' && visitPlace
    ? [[visitPlace.coordinates[0] - 1.2, visitPlace.coordinates[1] - 0.8], [visitPlace.coordinates[0] + 1.2, visitPlace.coordinates[1] + 0.8]]
    : [...legs.flatMap((l) => l.coordinates), ...shownPlaces.map((p) => p.coordinates)];
  const extent = boundsOf({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: framed } }] });
  // A thumbnail is the map and a one-line credit: a legend or caption would all but cover it.
  const thumbnail = width < THUMBNAIL_BELOW.width || height < THUMBNAIL_BELOW.height;
  const legendPanel = bare || thumbnail ? undefined : legend(trips, legs, width, lang);
  const bottomPanels: Overlay[] = [];
  // The scale bar's corner is kept free of names before the view is known; its length follows from the view.
  let scaleBox: Box | null = null;
  if (!bare) {
    const foot = footer(data, shownVisits, width, height, thumbnail, options.visit ?? null);
    if (options.visit && !thumbnail) bottomPanels.push(fittedCaption(data, options.visit, legendPanel, foot, width, height));
    bottomPanels.push(foot);
    if (!thumbnail) scaleBox = scaleSlot(bottomPanels, foot, width);
  }
  const overlays: Overlay[] = legendPanel ? [legendPanel, ...bottomPanels] : [...bottomPanels];
  const roomForNames = !bare && options.frame !== 'visit';
  const { view, placed } = framePlaces(extent, options.padding ?? paddingFor(legendPanel, bottomPanels, width, height, bare), width, height, roomForNames, (view) =>
    places(data, shownVisits, view, visitPlace?.id ?? null, [...overlays.map((o) => o.box), ...(scaleBox ? [scaleBox] : [])], bare));
  if (scaleBox) overlays.push(scalePanel(view, scaleBox, lang));
  const detail: Detail = bare
    ? { overscan: Math.max(width, height) / 2, tolerance: 1.5, decimals: 0, borders: false, mergeIdentical: true }
    : { overscan: 8, tolerance: 0.5, decimals: 1, borders: true, mergeIdentical: false };
  const levels = basemapLevels(basemaps, view, detail.overscan);
  // The frame [0, 0, width, height] plus, when bare, half of it on each side.
  const frame: [number, number, number, number] = bare ? [-width / 2, -height / 2, 2 * width, 2 * height] : [0, 0, width, height];
  const title = trips.length === 1 ? `${trips[0].title}, ${trips[0].dateRange}` : IMAGE_MESSAGES[lang].allTrips;

  return renderStaticSvg({
    lang,
    frame,
    title,
    levels: levels.map((level, i) => basemapPaths(level, view, detail, i > 0)),
    labels: bare ? [] : basemapLabels(basemaps.world, view, placed.taken, lang),
    routes: routes(legs, tripById, view, detail),
    pins: placed.pins,
    overlays,
  }, theme);
}
