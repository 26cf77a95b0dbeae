import type { Padding } from '../geo/fit-view';
import type { MapData, MapLeg, MapTrip } from './map-data';
import type { Box } from './label-placement';
import type { Palette } from './static-map';
import { escapeXml, fitText, textWidth, wrapText } from './svg-text';

// What a static map lays over the map itself: the legend (top left), a visit's
// caption and the source line (bottom), and the room they leave the map.

export interface Overlay {
  svg: string;
  box: Box;
}

/** Line widths of the static map's legs. A car leg is drawn as thin as a flight, and the key names them together. */
export const LEG_WIDTH: Record<MapLeg['mode'], number> = { train: 3.5, air: 2, car: 2 };
const MODE_NAME: Record<MapLeg['mode'], string> = { train: 'train', air: 'flight', car: 'car' };

/** One key per line width drawn, naming every mode drawn at it: "Train", "Flight or car". */
function modeKeys(legs: MapLeg[]): { label: string; width: number }[] {
  const modes = (Object.keys(MODE_NAME) as MapLeg['mode'][]).filter((mode) => legs.some((l) => l.mode === mode));
  const widths = [...new Set(modes.map((mode) => LEG_WIDTH[mode]))].sort((a, b) => b - a);
  return widths.map((width) => {
    const label = modes.filter((mode) => LEG_WIDTH[mode] === width).map((mode) => MODE_NAME[mode]).join(' or ');
    return { label: label[0].toUpperCase() + label.slice(1), width };
  });
}

export function legend(trips: MapTrip[], legs: MapLeg[], frameWidth: number, palette: Palette): Overlay {
  const width = Math.min(300, frameWidth - 16);
  const rows: string[] = [];
  let y = 24;
  const line = (text: string, size: number, weight: number, fill: string) => {
    rows.push(`<text x="18" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`);
    y += size + 5;
  };
  if (trips.length === 1) {
    for (const text of wrapText(trips[0].title, 14, width - 20, 3, true)) line(text, 14, 700, palette.ink);
    line(trips[0].dateRange, 12, 400, palette.muted);
  } else {
    line('North Korea–Russia trips', 14, 700, palette.ink);
    for (const trip of trips) {
      rows.push(`<rect x="18" y="${y - 8}" width="16" height="5" rx="1.5" fill="${trip.colour}"/>`);
      // Two lines, so that a date's qualifier ("one stop undated") is read whole.
      for (const text of wrapText(`${trip.traveller.en}, ${trip.dateRange}`, 11.5, width - 42, 2)) {
        rows.push(`<text x="40" y="${y}" font-size="11.5" fill="${palette.ink}">${escapeXml(text)}</text>`);
        y += 14;
      }
      y += 2;
    }
  }
  const keys = [
    ...modeKeys(legs).map((key) => ({ ...key, dash: '' })),
    ...(legs.some((l) => l.certainty === 'presumed') ? [{ label: 'Presumed, not reported', width: 2.5, dash: ' stroke-dasharray="7 5"' }] : []),
  ];
  y += 2;
  for (const key of keys) {
    rows.push(`<path d="M18 ${y - 4}h24" stroke="${palette.muted}" stroke-width="${key.width}"${key.dash}/>`);
    rows.push(`<text x="48" y="${y}" font-size="11" fill="${palette.muted}">${key.label}</text>`);
    y += 15;
  }
  const height = y - 6;
  return {
    svg: `<g class="legend"><rect x="8" y="8" width="${width}" height="${height}" rx="5" fill="${palette.panel}" fill-opacity="0.92"/>${rows.join('')}</g>`,
    box: [8, 8, 8 + width, 8 + height],
  };
}

export function caption(data: MapData, visitId: string, frameWidth: number, bottom: number, palette: Palette): Overlay {
  const visit = data.visits.find((v) => v.id === visitId)!;
  const place = data.places.find((p) => p.id === visit.place)!;
  const width = Math.min(460, frameWidth - 16);
  const heading = fitText(`${visit.dateLabel} · ${place.name.en}`, 13, width - 20, true);
  const summary = wrapText(visit.summary, 12, width - 20, 3);
  const height = 26 + summary.length * 16;
  const top = bottom - height - 6;
  const text = summary.map((l, i) => `<text x="18" y="${top + 38 + i * 16}" font-size="12" fill="${palette.ink}">${escapeXml(l)}</text>`).join('');
  return {
    svg: `<g class="caption"><rect x="8" y="${top}" width="${width}" height="${height}" rx="5" fill="${palette.panel}" fill-opacity="0.92"/>`
      + `<text x="18" y="${top + 19}" font-size="13" font-weight="700" fill="${palette.ink}">${escapeXml(heading)}</text>${text}</g>`,
    box: [8, top, 8 + width, top + height],
  };
}

const SOURCE_LINE_HEIGHT = 13;

/**
 * "Sources: …" in at most `maxLines` lines of the width: every outlet, or as many as fit
 * and how many more (a list cut mid-name would misquote the last one).
 */
export function sourceLines(outlets: string[], width: number, maxLines: number): string[] {
  const listed = (shown: number) => {
    const more = outlets.length - shown;
    return `Sources: ${outlets.slice(0, shown).join('; ')}${more ? `; and ${more} more` : ''}`;
  };
  let shown = outlets.length;
  while (shown > 1 && wrapText(listed(shown), 10, width, Infinity).length > maxLines) shown -= 1;
  return wrapText(listed(shown), 10, width, maxLines);
}

export function footer(data: MapData, shownVisits: Set<string>, frameWidth: number, frameHeight: number, palette: Palette): Overlay {
  const outlets = [...new Set(data.visits.filter((v) => shownVisits.has(v.id)).flatMap((v) => v.sources.map((s) => s.outlet)))];
  const attribution = 'Basemap: Natural Earth · routes approximate';
  const narrow = frameWidth < 560;
  const sourcesWidth = narrow ? frameWidth - 12 : frameWidth - textWidth(attribution, 10) - 24;
  const sources = sourceLines(outlets, sourcesWidth, 2);
  const extra = (sources.length - 1) * SOURCE_LINE_HEIGHT;
  const top = frameHeight - (narrow ? 34 : 20) - extra;
  const text = sources.map((l, i) => `<text x="6" y="${top + 14 + i * SOURCE_LINE_HEIGHT}">${escapeXml(l)}</text>`).join('');
  const attributionAt = narrow ? `x="6" y="${top + 29 + extra}"` : `x="${frameWidth - 6}" y="${top + 14}" text-anchor="end"`;
  return {
    svg: `<g class="footer" font-size="10" fill="${palette.muted}"><rect x="0" y="${top}" width="${frameWidth}" height="${frameHeight - top}" fill="${palette.panel}" fill-opacity="0.85"/>`
      + `${text}<text ${attributionAt}>${attribution}</text></g>`,
    box: [0, top, frameWidth, frameHeight],
  };
}

/** What the overlays cover, as padding for the view: beside the legend where the frame is wide, else below it. */
export function paddingFor(overlays: Overlay[], width: number, height: number, bare: boolean): Padding {
  const margin = bare ? 24 : 28;
  const padding = { top: margin, right: margin, bottom: margin, left: margin };
  const [legendBox, ...bottomBoxes] = overlays;
  if (legendBox) {
    const beside = legendBox.box[2] + 12;
    const below = legendBox.box[3] + 12;
    // Whichever leaves the larger area for the map.
    if ((width - beside) * height > width * (height - below)) padding.left = beside;
    else padding.top = below;
  }
  if (bottomBoxes.length) padding.bottom = height - Math.min(...bottomBoxes.map((o) => o.box[1])) + 12;
  return padding;
}
