// @vitest-environment happy-dom
import type { FeatureCollection } from 'geojson';
import { geoJSON, type GeoJSON as GeoJSONLayer, type GeoJSONOptions, latLng, type Map as LeafletMap, point, type Point, svg } from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jumpTo } from './jump-to';
import { svgRenderer } from './renderers';
import { testMap } from './test-map';

/** A square ring around [lng, lat], `r` degrees each way. */
function square(lng: number, lat: number, r: number): [number, number][] {
  return [[lng - r, lat - r], [lng + r, lat - r], [lng + r, lat + r], [lng - r, lat + r], [lng - r, lat - r]];
}

// As a basemap level holds its land: one feature, many rings (islands), most of them out of any close view.
const ISLANDS: [number, number][] = [[127, 39], [129.5, 41], [131.9, 43.1], [135, 48.5], [128, 51], [140, 46], [37.6, 55.7], [124, 37.5]];
const FIXTURE: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: ISLANDS.map(([lng, lat]) => [square(lng, lat, 0.3)]) } },
    { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [
      [[125.75, 39.03], [129.9, 42.3], [131.9, 43.1]],
      [[131.9, 43.1], [135.1, 48.5], [128.2, 51.4]],
      [[37.6, 55.7], [30.3, 59.9]],
    ] } },
    // Paths of one ring, as each leg is.
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[131.9, 43.1], [132.5, 43.5], [140, 46]] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square(37.6, 55.7, 0.5)] } },
  ],
};

/** What Leaflet 1.9 keeps on a path: its rings in layer points, and the parts of them it draws. */
interface PathInternals { _parts: Point[][]; _rings: Point[][] }
type Drawn = GeoJSONLayer;
const pathsOf = (layer: Drawn) => layer.getLayers() as unknown as PathInternals[];

/** Each path's parts (what the renderer draws) as [x, y] pairs. */
function partsOf(layer: Drawn): number[][][][] {
  return pathsOf(layer).map((path) => path._parts.map((part) => part.map((p) => [p.x, p.y])));
}

describe('the renderers project and clip only the rings in view', () => {
  let map: LeafletMap;
  let ours: Drawn;
  let leaflets: Drawn;

  beforeEach(() => {
    map = testMap([45, 130], 4);
    ours = geoJSON(FIXTURE, { renderer: svgRenderer() } as GeoJSONOptions).addTo(map);
    leaflets = geoJSON(FIXTURE, { renderer: svg() } as GeoJSONOptions).addTo(map);
  });

  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
  });

  it("draws Leaflet's own parts after zooms and after pans that bring new rings into view", () => {
    expect(partsOf(ours)).toEqual(partsOf(leaflets));
    const moves: [string, () => void][] = [
      ['zoom 9 at Vladivostok', () => map.setView([43.1, 131.9], 9, { animate: false })],
      ['pan to Khabarovsk at zoom 9', () => jumpTo(map, latLng(48.5, 135))],
      ['pan to the Amur at zoom 9', () => jumpTo(map, latLng(51, 128))],
      ['zoom 6.5 over Korea', () => map.setView([40, 128], 6.5, { animate: false })],
      ['pan to Moscow at zoom 6.5', () => jumpTo(map, latLng(55.7, 37.6))],
      ['zoom 2 over Asia', () => map.setView([50, 90], 2, { animate: false })],
    ];
    for (const [name, move] of moves) {
      move();
      expect(partsOf(ours), name).toEqual(partsOf(leaflets));
    }
  });

  it("keeps a polygon's rings within its stroke of the view, as Leaflet clips them", () => {
    map.setView([43.1, 131.9], 9, { animate: false });
    const { min } = (leaflets.getLayers()[0] as unknown as { _renderer: { _bounds: { min: Point } } })._renderer._bounds;
    // A 20 px square whose right edge lies 5 px left of the view: within a 10 px stroke of it.
    const corner = (x: number, y: number) => { const { lng, lat } = map.layerPointToLatLng(point(x, y)); return [lng, lat]; };
    const [x, y] = [min.x - 25, min.y + 300];
    const near = [corner(x, y), corner(x + 20, y), corner(x + 20, y + 20), corner(x, y + 20), corner(x, y)];
    const stroked: FeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[square(131.9, 43.1, 0.05)], [near]] } },
    ] };
    const wide = (renderer: ReturnType<typeof svg>) => geoJSON(stroked, { renderer, style: { weight: 10 } } as GeoJSONOptions).addTo(map);
    const [ourWide, leafletWide] = [wide(svgRenderer()), wide(svg())];
    expect(partsOf(leafletWide)[0]).toHaveLength(2);
    expect(partsOf(ourWide)).toEqual(partsOf(leafletWide));
  });

  it("makes a ring's points for the origin it was projected at, though the origin has moved since", () => {
    map.setView([43.1, 131.9], 9, { animate: false });
    const projectedAt = map.getPixelOrigin();
    // As a flight's frames do: a new pixel origin, and no new projection.
    (map as unknown as { _move(center: ReturnType<typeof latLng>, zoom: number): void })._move(latLng(45, 131.5), 9);
    // Then a pan that brings Khabarovsk's ring, where the paths' points (of the old origin) put it, into view.
    const khabarovsk = map.project(latLng(48.5, 135)).subtract(projectedAt);
    (map as unknown as { _rawPanBy(offset: Point): void })._rawPanBy(khabarovsk.subtract(map.containerPointToLayerPoint(map.getSize().divideBy(2))).round());
    map.fire('moveend');
    const drawn = partsOf(leaflets);
    expect(drawn[0].length, "Khabarovsk's ring drawn").toBeGreaterThan(0);
    expect(partsOf(ours)).toEqual(drawn);
  });

  it('leaves a ring out of view unprojected, and projects it once a pan brings it in', () => {
    map.setView([43.1, 131.9], 9, { animate: false });
    const islands = () => pathsOf(ours)[0]._rings;
    const khabarovsk = ISLANDS.findIndex(([lng, lat]) => lng === 135 && lat === 48.5);
    expect(islands().filter((ring) => ring.length > 0)).toHaveLength(1); // Vladivostok's
    expect(islands()[khabarovsk]).toHaveLength(0);
    jumpTo(map, latLng(48.5, 135));
    expect(islands()[khabarovsk]).toHaveLength(4); // Leaflet drops a polygon ring's closing vertex
  });
});
