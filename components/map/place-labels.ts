import { type Box, overlaps, placeLabels } from '../../geo/label-placement';
import type { MapData } from '../../content/map-data';
import { foldablePlaces } from '../../content/place-folding';
import { type PlaceMarker, placeMarkers } from '../../content/place-markers';
import { projectToPixels } from '../../geo/web-mercator';
import type { TextStyle } from './text-width';

/** From this zoom sites are named too; below it only cities and folded markers. */
const SITE_LABEL_ZOOM = 10;
/** The label's box as `.place-label` lays it out: 5 px from the pin, 4 px padding, 16 px high. */
const LABEL_GAP = 5;
const LABEL_PADDING = 4;
const LABEL_HALF_HEIGHT = 8;

export type LabelSide = 'right' | 'left';

export interface PlacedMarker {
  marker: PlaceMarker;
  /** The pin's diameter in pixels. */
  size: number;
  /** Where its name goes; null where it would cover another pin or name. */
  label: LabelSide | null;
  /** The pin's centre, in Web Mercator pixels at the zoom. */
  at: [number, number];
  /** The name's two possible boxes, right and left of the pin; null for a pin left unnamed at this zoom. */
  boxes: [Box, Box] | null;
}

export interface PlaceLabelLayout {
  markers: PlacedMarker[];
  /** The pins and names, in Web Mercator pixels at the zoom: what other labels must leave free. */
  taken: Box[];
}

export function pinSize(marker: PlaceMarker): number {
  if (marker.visitCount === 0) return 8;
  return marker.lead.kind === 'city' || marker.members.length > 1 ? 16 : 12;
}

/**
 * Who is named first: places with visits before reference cities; then cities before sites (a city
 * tells the reader where the map is); then the busiest.
 */
const rank = (m: PlaceMarker) => (m.visitCount > 0 ? 2 : 0) + (m.lead.kind === 'city' ? 1 : 0);
const byImportance = (a: PlaceMarker, b: PlaceMarker) => rank(b) - rank(a) || b.visitCount - a.visitCount;

/** `.place-label`'s type. */
export const PLACE_NAME_STYLE = { size: 12, weight: 600 } as const satisfies TextStyle;
/** A name's width in that type, as the server estimates it. */

/**
 * The place markers at each zoom and where their names go: right of the pin, else left, else
 * nowhere (the marker's accessible name still says it), so that no name covers a pin or another
 * name. Worked out once per zoom, in pixels at that zoom, so panning changes nothing. Names are
 * as wide as `nameWidth` says: in the browser, measured in the font the map draws them in.
 */
export function placeLabelLayout(data: MapData, nameWidth: (name: string) => number): (zoom: number) => PlaceLabelLayout {
  const foldable = foldablePlaces(data.places);
  const layouts = new Map<number, PlaceLabelLayout>();
  return (zoom) => {
    const known = layouts.get(zoom);
    if (known) return known;
    const markers = placeMarkers(data, foldable, zoom).sort(byImportance);
    const pins = markers.map((marker) => ({ marker, size: pinSize(marker), at: projectToPixels(marker.lead.coordinates, zoom) }));
    const wantsLabel = (m: PlaceMarker) => m.lead.kind === 'city' || m.members.length > 1 || zoom >= SITE_LABEL_ZOOM;
    const boxes = pins.map(({ marker, size, at: [x, y] }): [Box, Box] | null => {
      if (!wantsLabel(marker)) return null;
      const near = size / 2 + LABEL_GAP;
      const far = near + nameWidth(marker.lead.label) + 2 * LABEL_PADDING;
      return [[x + near, y - LABEL_HALF_HEIGHT, x + far, y + LABEL_HALF_HEIGHT], [x - far, y - LABEL_HALF_HEIGHT, x - near, y + LABEL_HALF_HEIGHT]];
    });
    const { chosen, taken } = placeLabels(
      boxes.map((b) => b ?? []),
      pins.map(({ size, at: [x, y] }): Box => [x - size / 2 - 2, y - size / 2 - 2, x + size / 2 + 2, y + size / 2 + 2]),
    );
    const sides: (LabelSide | null)[] = chosen.map((c) => (c === 0 ? 'right' : c === 1 ? 'left' : null));
    const layout = { markers: pins.map(({ marker, size, at }, i) => ({ marker, size, label: sides[i], at, boxes: boxes[i] })), taken };
    layouts.set(zoom, layout);
    return layout;
  };
}

/**
 * Where the names that would run off a side of the view, or under something covering it (the
 * legend, a button, a map control), go instead: to their pin's other side where that is in view and covers no pin or name,
 * else nowhere (as a crowded name). The layout is per zoom, so that panning changes nothing; this
 * is per view (in the layout's pixels), for the few names at its edges.
 */
export function namesAtEdges(layout: PlaceLabelLayout, [left, top, right, bottom]: Box, covered: Box[] = []): Map<PlacedMarker, LabelSide | null> {
  const moved = new Map<PlacedMarker, LabelSide | null>();
  const taken = [...layout.taken];
  const inView = (box: Box) => box[0] >= left && box[2] <= right && !covered.some((c) => overlaps(c, box));
  for (const placed of layout.markers) {
    const [x, y] = placed.at;
    if (!placed.label || !placed.boxes || x < left || x > right || y < top || y > bottom) continue;
    const [rightBox, leftBox] = placed.boxes;
    const [box, other] = placed.label === 'right' ? [rightBox, leftBox] : [leftBox, rightBox];
    if (inView(box)) continue;
    const fits = inView(other) && !taken.some((t) => t !== box && overlaps(t, other));
    if (fits) taken.push(other);
    moved.set(placed, fits ? (placed.label === 'right' ? 'left' : 'right') : null);
  }
  return moved;
}
