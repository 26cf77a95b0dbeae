import type { MapLeg } from '../content/map-data';

// How the map looks, in one place: the interactive map (components/map), the server-drawn SVG
// (components/static-map) and the stylesheet (its custom properties and legend keys, generated
// from `mapStyleCss` by scripts/build-islands.mjs) all take their values from here.

export type Theme = 'light' | 'dark';

export const PALETTES = {
  light: {
    sea: '#c9dce6', land: '#f3efe4', border: '#8a7f6c', ink: '#1d2733', muted: '#4a5663', panel: '#ffffff',
    halo: '#ffffff', countryLabel: '#8b8170', seaLabel: '#5d7f93', button: '#f6f7f9', link: '#0b5cad', flag: '#8a4b00',
    river: '#9dbfd2', regionBorder: '#a69b82',
  },
  dark: {
    sea: '#151b22', land: '#2b3038', border: '#6b7380', ink: '#e6e9ee', muted: '#b4bcc6', panel: '#1f252d',
    halo: '#151b22', countryLabel: '#9aa2ad', seaLabel: '#7f9db0', button: '#2d3540', link: '#8cc4ff', flag: '#f2b25c',
    river: '#2f4b5e', regionBorder: '#535b67',
  },
} satisfies Record<Theme, Record<string, string>>;

export type Palette = (typeof PALETTES)['light'];

/** A leg's line width by mode, for a core trip. A car leg is as thin as a flight: the legend names them together. */
export const LEG_WIDTH: Record<MapLeg['mode'], number> = { train: 4, air: 2.5, car: 2.5 };
/** Context trips are drawn this much thinner than core trips. */
export const CONTEXT_THINNER = 1;
/** The leg that reached the current visit is drawn this much wider. */
export const CURRENT_WIDER = 2.5;
/** The dash of a presumed leg (path, mode or date not reported). */
export const PRESUMED_DASH = '7 7';
/** A leg's line: its width (by mode, trip kind, and whether it reached the current visit) and dash. */
export function legLine(leg: Pick<MapLeg, 'mode' | 'certainty'>, tripKind: 'core' | 'context', current = false): { width: number; dash: string | null } {
  const width = LEG_WIDTH[leg.mode] - (tripKind === 'core' ? 0 : CONTEXT_THINNER) + (current ? CURRENT_WIDER : 0);
  return { width, dash: leg.certainty === 'presumed' ? PRESUMED_DASH : null };
}

/**
 * A leg's direction arrow stands off its line, drawn in the same colour, with a halo under its
 * fill: white in both themes. In the dark palette's `halo` colour the arrow merged into a blob on
 * the dark map; white outlines its shape on either.
 */
export const ARROW_HALO = { colour: '#ffffff', width: 1.5 };

/** Country borders. */
export const BORDER_LINE = { width: 0.9, dash: '4 3' };
/** Borders between a country's first-level regions (the Russian Far East's), in the palette's `regionBorder` colour: lighter, thinner and more finely dashed than a country's. */
export const REGION_BORDER_LINE = { width: 0.7, dash: '2 2' };
/** Rivers, in the palette's `river` colour. */
export const RIVER_LINE = { width: 1.2 };

/** The CSS custom property of each palette colour. */
const cssName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const declarations = (palette: Palette) => Object.entries(palette).map(([key, value]) => `${cssName(key)}: ${value};`).join(' ');

/** The stylesheet's share of the map style: the themes' colours and the legend's line keys. */
export function mapStyleCss(): string {
  return [
    `.map-shell { ${declarations(PALETTES.light)} }`,
    `.map-shell.theme-dark { ${declarations(PALETTES.dark)} color-scheme: dark; }`,
    `@media (prefers-color-scheme: dark) { .map-shell.theme-auto { ${declarations(PALETTES.dark)} color-scheme: dark; } }`,
    `.key-line { display: inline-block; width: 1.6rem; border-top: ${LEG_WIDTH.train}px solid currentColor; }`,
    `.key-line.air { border-top-width: ${LEG_WIDTH.air}px; }`,
    `.key-line.presumed { border-top: ${LEG_WIDTH.air}px dashed currentColor; }`,
  ].join('\n');
}
