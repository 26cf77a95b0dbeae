import { type Box, placeLabels } from '../content/label-placement';
import type { MapData } from '../content/map-data';
import { foldablePlaces, type PlaceMarker, placeMarkers } from '../content/place-markers';
import { textWidth } from '../content/svg-text';
import { projectToPixels } from '../geo/web-mercator';

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

/**
 * The place markers at each zoom and where their names go: right of the pin, else left, else
 * nowhere (the marker's accessible name still says it), so that no name covers a pin or another
 * name. Worked out once per zoom, in pixels at that zoom, so panning changes nothing.
 */
export function placeLabelLayout(data: MapData): (zoom: number) => PlaceLabelLayout {
  const foldable = foldablePlaces(data.places);
  const layouts = new Map<number, PlaceLabelLayout>();
  return (zoom) => {
    const known = layouts.get(zoom);
    if (known) return known;
    const markers = placeMarkers(data, foldable, zoom).sort(byImportance);
    const pins = markers.map((marker) => ({ marker, size: pinSize(marker), at: projectToPixels(marker.lead.coordinates, zoom) }));
    const wantsLabel = (m: PlaceMarker) => m.lead.kind === 'city' || m.members.length > 1 || zoom >= SITE_LABEL_ZOOM;
    const { chosen, taken } = placeLabels(
      pins.map(({ marker, size, at: [x, y] }): Box[] => {
        if (!wantsLabel(marker)) return [];
        const near = size / 2 + LABEL_GAP;
        const far = near + textWidth(marker.lead.label, 12, true) + 2 * LABEL_PADDING;
        return [[x + near, y - LABEL_HALF_HEIGHT, x + far, y + LABEL_HALF_HEIGHT], [x - far, y - LABEL_HALF_HEIGHT, x - near, y + LABEL_HALF_HEIGHT]];
      }),
      pins.map(({ size, at: [x, y] }): Box => [x - size / 2 - 2, y - size / 2 - 2, x + size / 2 + 2, y + size / 2 + 2]),
    );
    const sides: (LabelSide | null)[] = chosen.map((c) => (c === 0 ? 'right' : c === 1 ? 'left' : null));
    const layout = { markers: pins.map(({ marker, size }, i) => ({ marker, size, label: sides[i] })), taken };
    layouts.set(zoom, layout);
    return layout;
  };
}
