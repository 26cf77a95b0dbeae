// @vitest-environment happy-dom
import { type LatLng, latLng, type LatLngTuple, type Map as LeafletMap, svg } from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legArrow, type LegArrowLayer } from './leg-arrow';
import { svgRenderer } from './renderers';
import { testMap } from './test-map';

const VLADIVOSTOK: LatLngTuple = [43.12, 131.89];

/** The corners an SVG path was drawn through, as [x, y] pairs. */
function corners(layer: LegArrowLayer): number[][] {
  const d = (layer as unknown as { _path: SVGPathElement })._path.getAttribute('d') ?? '';
  const numbers = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  return numbers.flatMap((n, i) => (i % 2 ? [] : [[n, numbers[i + 1]]]));
}

function expectCorners(actual: number[][], expected: number[][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach(([x, y], i) => {
    expect(x).toBeCloseTo(expected[i][0], 6);
    expect(y).toBeCloseTo(expected[i][1], 6);
  });
}

describe('a leg arrow is the legend’s arrowhead, 14 px at any zoom, turned to its leg', () => {
  let map: LeafletMap;

  beforeEach(() => {
    map = testMap(VLADIVOSTOK, 6);
  });

  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
  });

  it('points east at 0°, centred on its point', () => {
    const arrow = legArrow(VLADIVOSTOK, { angle: 0, renderer: svg() }).addTo(map);
    const { x, y } = map.latLngToLayerPoint(VLADIVOSTOK);
    // ARROW_POINTS (2 2, 13 7, 2 12, 5 7) less the 14 px box's centre.
    expectCorners(corners(arrow), [[x - 5, y - 5], [x + 6, y], [x - 5, y + 5], [x - 2, y]]);
  });

  it('turns clockwise: 90° points down the screen (south)', () => {
    const arrow = legArrow(VLADIVOSTOK, { angle: 90, renderer: svg() }).addTo(map);
    const { x, y } = map.latLngToLayerPoint(VLADIVOSTOK);
    expectCorners(corners(arrow), [[x + 5, y - 5], [x, y + 6], [x - 5, y - 5], [x, y - 2]]);
  });

  it('keeps its size and its point through zooms, with the app’s renderer', () => {
    const arrow = legArrow(VLADIVOSTOK, { angle: 0, renderer: svgRenderer() }).addTo(map);
    for (const zoom of [9, 4.5, 6]) {
      map.setView([43.5, 132.5], zoom, { animate: false });
      const { x, y } = map.latLngToLayerPoint(VLADIVOSTOK);
      expectCorners(corners(arrow), [[x - 5, y - 5], [x + 6, y], [x - 5, y + 5], [x - 2, y]]);
    }
  });

  it('draws nothing while out of view, and is drawn again when the view comes back to it', () => {
    const arrow = legArrow(VLADIVOSTOK, { angle: 45, renderer: svgRenderer() }).addTo(map);
    map.setView([55.75, 37.6], 9, { animate: false });
    expect(corners(arrow)).toEqual([[0, 0]]);
    map.setView(VLADIVOSTOK, 9, { animate: false });
    expect(corners(arrow)).toHaveLength(4);
  });

  it('is drawn while any of it is in view, and when a pan (no new projection) brings it in', () => {
    const renderer = svgRenderer();
    const arrow = legArrow(VLADIVOSTOK, { angle: 0, renderer }).addTo(map);
    const { min } = (renderer as unknown as { _bounds: { min: { x: number } } })._bounds;
    const y = map.latLngToLayerPoint(VLADIVOSTOK).y;
    // Its point 5 px left of what the renderer draws: its tip (6 px right of the point) is in.
    const edge = map.layerPointToLatLng([min.x - 5, y]);
    const partly = legArrow([edge.lat, edge.lng], { angle: 0, weight: 1.5, renderer }).addTo(map);
    expect(corners(partly)).toHaveLength(4);
    const beyond = map.layerPointToLatLng([min.x - 60, y]);
    const outside = legArrow([beyond.lat, beyond.lng], { angle: 0, renderer }).addTo(map);
    expect(corners(outside)).toEqual([[0, 0]]);
    map.panBy([-100, 0], { animate: false });
    expect(corners(outside)).toHaveLength(4);
    expect(corners(arrow)).toHaveLength(4);
  });

  it('keeps its place when restyled in the middle of a flight, as a line does', () => {
    const arrow = legArrow(VLADIVOSTOK, { angle: 0, renderer: svgRenderer() }).addTo(map);
    const before = corners(arrow);
    // A flight's frame moves the map's view; the renderer is only scaled until the flight ends.
    (map as unknown as { _move(center: LatLng, zoom: number): void })._move(latLng(43.5, 132.5), 7);
    arrow.setStyle({ fillOpacity: 0.25 });
    expect(corners(arrow)).toEqual(before);
  });
});
