import { type Palette, PALETTES } from '../map-style';

/**
 * The theme's colours as the stylesheet sets them on the map (from components/map-style.ts): a
 * canvas, or a path's style, cannot read CSS itself, and only the stylesheet knows whether "auto"
 * is dark.
 */
export function themePalette<K extends keyof Palette>(element: HTMLElement, keys: readonly K[]): Pick<Palette, K> {
  const css = getComputedStyle(element);
  // The stylesheet's names are kebab-case (map-style.ts): regionBorder is --region-border.
  const read = (name: K) => css.getPropertyValue(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).trim() || PALETTES.light[name];
  return Object.fromEntries(keys.map((key) => [key, read(key)])) as Pick<Palette, K>;
}
