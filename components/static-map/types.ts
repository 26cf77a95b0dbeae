import type { Sides } from '../../geo/fit-view';
import type { Box } from '../../geo/label-placement';
import type { Lang } from '../../content/i18n/lang';

// What the static map's layout functions measure and place, and its JSX components draw: positions,
// sizes and texts, in frame pixels. Colours come from the palette when drawn.

/** One basemap level's path data, by kind; an empty string where the level has none in view. */
export interface BasemapPaths {
  seaMask: string;
  land: string;
  lake: string;
  river: string;
  regionBorder: string;
  border: string;
}

/** A country or sea name, centred on its point. */
export interface BasemapLabel {
  x: number;
  y: number;
  name: string;
  sea: boolean;
}

export interface RouteLine {
  legId: string;
  d: string;
  colour: string;
  width: number;
  dash: string | null;
}

/** A place's dot, ringed when it holds the visit, and its name where one fits. */
export interface Pin {
  x: number;
  y: number;
  marked: boolean;
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; text: string } | null;
}

export interface PlacedNames {
  pins: Pin[];
  /** Dots, names and overlays: what basemap names must leave free. */
  taken: Box[];
  /** How many dots in the image have no name. */
  unnamed: number;
  /** The room each side of the view lacks for names left out only for want of it. */
  lacking: Sides;
}

/** A line of text at its baseline. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** What the legend holds, top to bottom; sizes in pixels. */
export type LegendItem =
  | { kind: 'title'; x: number; y: number; size: number; text: string }
  | { kind: 'dates'; x: number; y: number; size: number; text: string }
  | { kind: 'swatch'; x: number; y: number; width: number; height: number; rx: number; colour: string }
  | { kind: 'traveller'; x: number; y: number; size: number; text: string }
  | { kind: 'key'; x: number; y: number; length: number; width: number; dash: string | null }
  | { kind: 'keyLabel'; x: number; y: number; size: number; text: string };

/** A panel's box, and its width and height as drawn (the box's, without rounding). */
interface Panel {
  box: Box;
  width: number;
  height: number;
}

export interface LegendPanel extends Panel {
  kind: 'legend';
  items: LegendItem[];
}

export interface CaptionPanel extends Panel {
  kind: 'caption';
  /** The visit's date and place, in bold, in one or two lines. */
  heading: TextLine[];
  summary: TextLine[];
}

export interface FooterPanel extends Panel {
  kind: 'footer';
  sources: TextLine[];
  /** The basemap's credit, right-aligned at its point when `end`. */
  attribution: TextLine & { end: boolean };
}

export interface ScalePanel extends Panel {
  kind: 'scale';
  /** The bracket under the distance: from x0 to x1 along y, ticks rising `tick` pixels. */
  bar: { x0: number; x1: number; y: number; tick: number };
  label: TextLine;
}

/** What a static map lays over the map itself. */
export type Overlay = LegendPanel | CaptionPanel | FooterPanel | ScalePanel;

/** Everything the document draws, bottom to top. */
export interface StaticMapLayout {
  /** The edition: the language the document is marked with (text in another is marked where it shows). */
  lang: Lang;
  /** The viewBox: [x, y, width, height]. */
  frame: [number, number, number, number];
  title: string;
  levels: BasemapPaths[];
  labels: BasemapLabel[];
  routes: RouteLine[];
  pins: Pin[];
  overlays: Overlay[];
}
