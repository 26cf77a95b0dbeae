import type { Lang } from '../../content/i18n/lang';
import type { EmbedOptions } from './embed-options';
import type { StaticTheme } from '../../components/static-map/static-map';

// The pages' first view: a light SVG per trip (or all trips), theme and screen
// shape, written into public/ by `npm run build` and shown until the map is ready.

export const PREVIEW_SHAPES = {
  /**
   * Landscape windows and frames, with room on the right for the legend and for the names right of
   * the easternmost pins, as the interactive map's fit keeps (at 1280 px wide; 280 put Khabarovsk's
   * name under the legend there).
   */
  wide: { width: 1000, height: 625, padding: { top: 24, right: 340, bottom: 24, left: 24 } },
  /** Phones held upright: the map above the timeline, the legend folded away. */
  narrow: { width: 400, height: 560, padding: { top: 60, right: 24, bottom: 24, left: 24 } },
};

export type PreviewShape = keyof typeof PREVIEW_SHAPES;

/** Which screens get which shape (the page's `<picture>`, and the preloads in its Link header). */
export const PREVIEW_MEDIA: Record<PreviewShape, string> = { narrow: '(max-width: 640px)', wide: '(min-width: 641px)' };

/** A preview's file; its place names are in the edition's language. */
export function previewPath(trip: string | null, theme: StaticTheme, shape: PreviewShape, lang: Lang = 'en'): string {
  return `/data/preview/${lang === 'en' ? '' : `${lang}/`}${trip ?? 'all'}-${theme}-${shape}.svg`;
}

/** The preview's theme: dark only where an embed asks for it ("auto" cannot be known on the server). */
export function previewTheme(embed: EmbedOptions | null): StaticTheme {
  return embed?.theme === 'dark' ? 'dark' : 'light';
}
