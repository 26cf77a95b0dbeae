import { SIDE_NAMES, type Sides, toViewPixel, type View } from '../../geo/fit-view';
import { type Box, overlaps, placeLabels } from '../../geo/label-placement';
import type { MapData, MapPlace } from '../../content/map-data';
import { foldablePlaces, nearestCity } from '../../content/place-folding';
import { type PlaceMarker, placeMarkers } from '../../content/place-markers';
import { textWidth } from './svg-text';
import type { Pin, PlacedNames } from './types';
import { inView, round } from './view';

// The places of a static map: a dot for each marker and, where it fits, its name, placed
// (StaticPlaces.tsx draws them).

type LabelSide = 'right' | 'left' | 'above' | 'below';

/**
 * A dot per place (folded as on the interactive map at this zoom) and its label,
 * right of the dot, else left, else left out where it would cover another label
 * or an overlay: a static image cannot be zoomed to untangle them. An image for
 * a report also tries above and below the dot; a page's first view does not, as
 * it must name what the interactive map will name when it takes over.
 */
export function places(data: MapData, shownVisits: Set<string>, view: View, highlight: string | null, obstacles: Box[], bare: boolean): PlacedNames {
  // Fold with the city nearest each site, as the interactive map does, so sites are named after
  // their city (Moscow, not its Foreign Ministry) even where another trip visited the city; any
  // other city (Khasan, beside Vladivostok at a trip's zoom) must not stand for this trip's places.
  const isShown = (p: MapPlace) => p.visits.some((v) => shownVisits.has(v));
  const shown = data.places.filter(isShown);
  const cities = data.places.filter((p) => p.kind === 'city');
  const ownCities = new Set(shown.filter((p) => p.kind !== 'city').map((site) => nearestCity(site, cities)));
  const candidates = data.places.filter((p) => isShown(p) || ownCities.has(p));
  // A dot stands for its marker's lead, except the one ringed for a visit where that holds other
  // places too: it stands for the visit's own city, or else the visit's place (a departure from
  // Pyongyang Station folded into Khasan's dot is drawn and named at Pyongyang, not Khasan).
  const visited = data.places.find((p) => p.id === highlight);
  const ownCity = visited && (visited.kind === 'city' ? visited : (nearestCity(visited, cities) ?? visited));
  const standsFor = ({ lead, members }: PlaceMarker): MapPlace =>
    !visited || !members.includes(visited) ? lead : members.includes(ownCity!) ? ownCity! : visited;
  const markers = placeMarkers({ ...data, places: candidates }, foldablePlaces(candidates), view.zoom)
    .filter((marker) => marker.members.some(isShown))
    .map((marker) => {
      const place = standsFor(marker);
      return { marker, name: place.label, at: toViewPixel(place.coordinates, view).map(round) as [number, number] };
    });
  // Every dot first, so that no label covers a dot placed after it.
  const dots = markers.map(({ at: [x, y] }): Box => [x - 5, y - 5, x + 5, y + 5]);
  const sides: LabelSide[] = bare ? ['right', 'left'] : ['right', 'left', 'above', 'below'];
  // How far a name reaches above and below its baseline. In an image, its glyphs and halo (12 px
  // bold: ascenders 9 px, descenders 3 px, halo 1.5 px), so that names on dots 16 px apart both fit.
  // In a first view, the interactive map's 16 px name tags, so that both name the same places.
  const [ascent, descent] = bare ? [13, 3] : [11, 4.5];
  const baselineOn = (side: LabelSide, y: number) => ({ right: y + 4, left: y + 4, above: y - 10, below: y + 20 })[side];
  const boxOn = (side: LabelSide, [x, y]: [number, number], width: number): Box => {
    const [top, bottom] = [baselineOn(side, y) - ascent, baselineOn(side, y) + descent];
    if (side === 'right') return [x + 7, top, x + 9 + width, bottom];
    if (side === 'left') return [x - 9 - width, top, x - 7, bottom];
    return [x - width / 2 - 1, top, x + width / 2 + 1, bottom];
  };
  // Where the text starts, and how it is anchored there.
  const anchorOn = (side: LabelSide, [x, y]: [number, number]) => {
    const [start, anchor] = ({ right: [x + 8, 'start'], left: [x - 8, 'end'], above: [x, 'middle'], below: [x, 'middle'] } as const)[side];
    return { x: start, y: baselineOn(side, y), anchor };
  };
  const boxes = markers.map(({ name, at }) => {
    const width = textWidth(name, 12, true);
    return sides.map((side) => boxOn(side, at, width));
  });
  const { chosen, taken } = placeLabels(boxes, [...obstacles, ...dots], inView(view, LABEL_MARGIN));
  const pins = markers.map(({ marker, name, at: [x, y] }, i): Pin => {
    const side = chosen[i] >= 0 ? sides[chosen[i]] : null;
    return { x, y, marked: visited !== undefined && marker.members.includes(visited), label: side ? { ...anchorOn(side, [x, y]), text: name } : null };
  });
  // Dots beyond the image's edges (a visit's detail map) need no name.
  const inImage = ([x, y]: [number, number]) => x >= 0 && x <= view.width && y >= 0 && y <= view.height;
  const leftOut = boxes.filter((_, i) => chosen[i] < 0 && inImage(markers[i].at));
  return { pins, taken, unnamed: leftOut.length, lacking: roomLacking(leftOut, taken, view) };
}

/** Pixels a label is kept in from the image's edges. */
const LABEL_MARGIN = 2;

/**
 * For names left out where one of their boxes covers nothing but lies partly outside the image,
 * the room that box lacks on each side (of the box lacking least, per name), the most on each side.
 */
function roomLacking(leftOut: Box[][], taken: Box[], view: View): Sides {
  const lacking = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const boxes of leftOut) {
    const needs = boxes
      .filter((box) => !taken.some((t) => overlaps(t, box)))
      .map(([left, top, right, bottom]) => ({
        left: Math.max(0, LABEL_MARGIN - left),
        top: Math.max(0, LABEL_MARGIN - top),
        right: Math.max(0, right - view.width + LABEL_MARGIN),
        bottom: Math.max(0, bottom - view.height + LABEL_MARGIN),
      }));
    const total = (n: Sides) => n.left + n.top + n.right + n.bottom;
    const least = needs.sort((a, b) => total(a) - total(b))[0];
    if (least) for (const side of SIDE_NAMES) lacking[side] = Math.max(lacking[side], Math.ceil(least[side]));
  }
  return lacking;
}

