import type { Sides, View } from '../../geo/fit-view';
import { type Box, overlaps } from '../../geo/label-placement';
import { scaleBar } from '../../geo/scale-bar';
import type { MapData, MapLeg, MapTrip, MaybeUntranslated } from '../../content/map-data';
import { fill, plural, scaleLabel } from '../../content/i18n/format';
import { UI_MESSAGES } from '../../content/i18n/ui-messages';
import { IMAGE_MESSAGES, type ImageMessages } from '../../content/i18n/image-messages';
import { type Lang, LOCALES } from '../../content/i18n/lang';
import { LEG_WIDTH, PRESUMED_DASH } from '../map-style';
import { fitText, textWidth, wrapText } from './svg-text';
import type { CaptionPanel, FooterPanel, LegendItem, LegendPanel, Overlay, ScalePanel, TextLine } from './types';

// What a static map lays over the map itself: the legend (top left), a visit's
// caption and the source line (bottom), measured and placed; and the room they
// leave the map. StaticOverlays.tsx draws them. Words come from IMAGE_MESSAGES in the data's
// edition (the scale's unit symbols from UI_MESSAGES, as the map's own scale); content (titles,
// dates, summaries, place names) from the data itself.

const MODES: MapLeg['mode'][] = ['train', 'air', 'car'];

/** One key per line width drawn, naming every mode drawn at it: "Train", "Flight or car". */
function modeKeys(legs: MapLeg[], lang: Lang): { label: string; width: number }[] {
  const m = IMAGE_MESSAGES[lang];
  const modes = MODES.filter((mode) => legs.some((l) => l.mode === mode));
  const widths = [...new Set(modes.map((mode) => LEG_WIDTH[mode]))].sort((a, b) => b - a);
  return widths.map((width) => {
    const label = modes
      .filter((mode) => LEG_WIDTH[mode] === width)
      .map((mode) => m.mode[mode])
      .reduce((first, second) => fill(m.modesOr, { first, second }));
    return { label: label[0].toLocaleUpperCase(LOCALES[lang]) + label.slice(1), width };
  });
}

/**
 * A translated field's text wrapped into lines; where its translation is pending (the English
 * shows), followed by the "not yet translated" mark, which a cut never takes.
 */
function wrapField(item: MaybeUntranslated, field: string, text: string, m: ImageMessages, fontSize: number, width: number, maxLines: number, bold = false): string[] {
  const lines = wrapText(text, fontSize, width, maxLines, bold);
  if (!item.untranslated?.includes(field)) return lines;
  const last = lines.at(-1)!;
  if (textWidth(`${last} ${m.untranslated}`, fontSize, bold) <= width) return [...lines.slice(0, -1), `${last} ${m.untranslated}`];
  if (lines.length < maxLines) return [...lines, m.untranslated];
  return [...lines.slice(0, -1), `${fitText(last, fontSize, width - textWidth(` ${m.untranslated}`, fontSize, bold), bold)} ${m.untranslated}`];
}

/** Below this frame width the legend is compact and the footer stacks its lines, so that a small image keeps room for its map. */
const COMPACT_BELOW = 560;

/** A trip's years, as its date range gives them: "2014", or "2014–2015" across a new year. */
const yearsOf = (trip: MapTrip) => [...new Set(trip.dateRange.match(/\d{4}/g))].join('–');

export function legend(trips: MapTrip[], legs: MapLeg[], frameWidth: number, lang: Lang = 'en'): LegendPanel {
  const m = IMAGE_MESSAGES[lang];
  const compact = frameWidth < COMPACT_BELOW;
  const width = Math.min(300, frameWidth - 16);
  const items: LegendItem[] = [];
  let y = compact ? 21 : 24;
  const line = (kind: 'title' | 'dates', text: string, size: number) => {
    items.push({ kind, x: 18, y, size, text });
    y += size + (compact ? 4 : 5);
  };
  const titleSize = compact ? 12 : 14;
  if (trips.length === 1) {
    for (const text of wrapField(trips[0], 'title', trips[0].title, m, titleSize, width - 20, compact ? 2 : 3, true)) line('title', text, titleSize);
    line('dates', trips[0].dateRange, compact ? 10.5 : 12);
  } else {
    line('title', m.allTrips, titleSize);
    if (compact) {
      // Two columns of traveller and year: the colours explained in a third of the room.
      const column = (width - 20) / 2;
      trips.forEach((trip, i) => {
        const x = 18 + (i % 2) * column;
        items.push({ kind: 'swatch', x, y: y - 6, width: 12, height: 4, rx: 1, colour: trip.colour });
        items.push({ kind: 'traveller', x: x + 16, y, size: 10, text: fitText(fill(m.travellerYears, { traveller: trip.traveller[lang], years: yearsOf(trip) }), 10, column - 20) });
        if (i % 2 === 1 || i === trips.length - 1) y += 13;
      });
    } else {
      for (const trip of trips) {
        items.push({ kind: 'swatch', x: 18, y: y - 8, width: 16, height: 5, rx: 1.5, colour: trip.colour });
        // Two lines, so that a date's qualifier ("one stop undated") is read whole.
        for (const text of wrapText(fill(m.travellerDates, { traveller: trip.traveller[lang], dates: trip.dateRange }), 11.5, width - 42, 2)) {
          items.push({ kind: 'traveller', x: 40, y, size: 11.5, text });
          y += 14;
        }
        y += 2;
      }
    }
  }
  const keys = [
    ...modeKeys(legs, lang).map((key) => ({ ...key, dash: null })),
    ...(legs.some((l) => l.certainty === 'presumed') ? [{ label: m.presumed, width: LEG_WIDTH.air, dash: PRESUMED_DASH }] : []),
  ];
  y += 2;
  if (compact) {
    // Side by side, on as many rows as they need.
    let x = 18;
    for (const key of keys) {
      const keyWidth = 22 + textWidth(key.label, 10);
      if (x > 18 && x + keyWidth > width) [x, y] = [18, y + 13];
      items.push({ kind: 'key', x, y: y - 3.5, length: 16, width: key.width, dash: key.dash });
      items.push({ kind: 'keyLabel', x: x + 20, y, size: 10, text: key.label });
      x += keyWidth + 10;
    }
    y += 13;
  } else {
    for (const key of keys) {
      items.push({ kind: 'key', x: 18, y: y - 4, length: 24, width: key.width, dash: key.dash });
      items.push({ kind: 'keyLabel', x: 48, y, size: 11, text: key.label });
      y += 15;
    }
  }
  const height = y - 6;
  return { kind: 'legend', box: [8, 8, 8 + width, 8 + height], width, height, items };
}

/** A visit's date, place and summary, in up to `summaryLines` lines (none: the heading alone). */
function caption(data: MapData, visitId: string, frameWidth: number, bottom: number, summaryLines: number): CaptionPanel {
  const m = IMAGE_MESSAGES[data.lang];
  const visit = data.visits.find((v) => v.id === visitId)!;
  const place = data.places.find((p) => p.id === visit.place)!;
  const width = Math.min(460, frameWidth - 16);
  // Two lines, so that a long place name is read whole ("Ulysses Bay (frigate Marshal Shaposhnikov)").
  const heading = wrapText(fill(m.captionHeading, { date: visit.dateLabel, place: place.name[data.lang] }), 13, width - 20, 2, true);
  const summary = summaryLines > 0 ? wrapField(visit, 'summary', visit.summary, m, 12, width - 20, summaryLines) : [];
  const headingExtra = (heading.length - 1) * 16;
  const height = 26 + headingExtra + summary.length * 16;
  const top = bottom - height - 6;
  return {
    kind: 'caption',
    box: [8, top, 8 + width, top + height],
    width,
    height,
    heading: heading.map((text, i) => ({ x: 18, y: top + 19 + i * 16, text })),
    summary: summary.map((text, i) => ({ x: 18, y: top + 38 + headingExtra + i * 16, text })),
  };
}

/** The least share of the frame's height a caption leaves the map's view (inside its margins, below the legend). */
const MAP_SHARE_LEFT_BY_CAPTION = 1 / 4;

/**
 * The visit's caption above the footer, with as many lines of summary (up to three) as leave the
 * map's view a quarter of the frame's height; in a small image, the date and place alone. Without
 * this, at 360 × 240 the map between legend and caption was a strip 28 px high.
 */
export function fittedCaption(data: MapData, visitId: string, legendPanel: LegendPanel | undefined, foot: FooterPanel, frameWidth: number, frameHeight: number): CaptionPanel {
  for (let lines = 3; ; lines -= 1) {
    const panel = caption(data, visitId, frameWidth, foot.box[1], lines);
    const padding = paddingFor(legendPanel, [panel, foot], frameWidth, frameHeight, false);
    if (lines === 0 || frameHeight - padding.top - padding.bottom >= frameHeight * MAP_SHARE_LEFT_BY_CAPTION) return panel;
  }
}

const SOURCE_LINE_HEIGHT = 13;

/**
 * "Sources: …" in at most `maxLines` lines of the width: every outlet, or as many as fit
 * and how many more (a list cut mid-name would misquote the last one). Outlets keep their own names.
 */
export function sourceLines(outlets: string[], width: number, maxLines: number, lang: Lang = 'en'): string[] {
  const m = IMAGE_MESSAGES[lang];
  const listed = (shown: number) => {
    const more = outlets.length - shown;
    return fill(m.sources, { list: outlets.slice(0, shown).join(m.sourceSeparator) + (more ? plural(lang, m.moreSources, more) : '') });
  };
  let shown = outlets.length;
  while (shown > 1 && wrapText(listed(shown), 10, width, Infinity).length > maxLines) shown -= 1;
  return wrapText(listed(shown), 10, width, maxLines);
}

/**
 * The source line and the basemap's credit; a thumbnail's, the credit alone in one line (sources
 * unreadable at its size). With a visit captioned, its sources come first: a cut list keeps them.
 */
export function footer(data: MapData, shownVisits: Set<string>, frameWidth: number, frameHeight: number, thumbnail = false, captioned: string | null = null): FooterPanel {
  const attribution = IMAGE_MESSAGES[data.lang].attribution;
  const panel = (top: number, sources: TextLine[], credit: FooterPanel['attribution']): FooterPanel =>
    ({ kind: 'footer', box: [0, top, frameWidth, frameHeight], width: frameWidth, height: frameHeight - top, sources, attribution: credit });
  if (thumbnail) return panel(frameHeight - 18, [], { x: 6, y: frameHeight - 5, text: fitText(attribution, 10, frameWidth - 12), end: false });
  const shown = data.visits.filter((v) => shownVisits.has(v.id));
  const ordered = [...shown.filter((v) => v.id === captioned), ...shown.filter((v) => v.id !== captioned)];
  const outlets = [...new Set(ordered.flatMap((v) => v.sources.map((s) => s.outlet)))];
  const narrow = frameWidth < COMPACT_BELOW;
  const sourcesWidth = narrow ? frameWidth - 12 : frameWidth - textWidth(attribution, 10) - 24;
  const sources = sourceLines(outlets, sourcesWidth, 2, data.lang);
  const extra = (sources.length - 1) * SOURCE_LINE_HEIGHT;
  const top = frameHeight - (narrow ? 34 : 20) - extra;
  const lines = sources.map((text, i) => ({ x: 6, y: top + 14 + i * SOURCE_LINE_HEIGHT, text }));
  const credit = narrow ? { x: 6, y: top + 29 + extra, text: attribution, end: false } : { x: frameWidth - 6, y: top + 14, text: attribution, end: true };
  return panel(top, lines, credit);
}

/** What the overlays cover, as padding for the view: beside the legend where the frame is wide, else below it; above the bottom panels. */
export function paddingFor(legendPanel: LegendPanel | undefined, bottomPanels: Overlay[], width: number, height: number, bare: boolean): Sides {
  const margin = bare ? 24 : 28;
  const padding = { top: margin, right: margin, bottom: margin, left: margin };
  if (legendPanel) {
    const beside = legendPanel.box[2] + 12;
    const below = legendPanel.box[3] + 12;
    // Whichever leaves the larger area for the map.
    if ((width - beside) * height > width * (height - below)) padding.left = beside;
    else padding.top = below;
  }
  if (bottomPanels.length) padding.bottom = height - Math.min(...bottomPanels.map((o) => o.box[1])) + 12;
  return padding;
}

/** The scale bar's room: at most 100 px of bar, as Leaflet's scale control, with its label above. */
const SCALE = { maxPixels: 100, width: 116, height: 26 };

/**
 * Where the scale bar goes: the bottom right above the footer, where the interactive map has its
 * own. Null where another panel (a wide caption in a narrow image) takes that corner.
 */
export function scaleSlot(bottomPanels: Overlay[], foot: FooterPanel, frameWidth: number): Box | null {
  const top = foot.box[1] - 6;
  const box: Box = [frameWidth - 8 - SCALE.width, top - SCALE.height, frameWidth - 8, top];
  return bottomPanels.some((o) => o !== foot && overlaps(o.box, box)) ? null : box;
}

/** The scale bar in its slot, for the view: measured across the frame's middle, as Leaflet's. */
export function scalePanel(view: View, box: Box, lang: Lang): ScalePanel {
  const { metres, pixels } = scaleBar(view.zoom, view.origin[1] + view.height / 2, SCALE.maxPixels);
  const x1 = box[2] - 8;
  const x0 = x1 - pixels;
  const y = box[3] - 5;
  return {
    kind: 'scale',
    box,
    width: box[2] - box[0],
    height: box[3] - box[1],
    bar: { x0, x1, y, tick: 6 },
    label: { x: x0 + 3, y: y - 4, text: scaleLabel(metres, UI_MESSAGES[lang]) },
  };
}
