import { PREVIEW_MEDIA, previewPath } from '../../app/_http/map-preview';
import type { StaticTheme } from '../static-map/static-map';

/**
 * The view's routes and places as a server-drawn SVG: the first thing a reader
 * sees, before the interactive map is loaded (which then covers it), and what
 * readers without JavaScript get. Drawn at twice the box's size with
 * `object-fit: contain`, the SVG's overscan fills boxes of any shape.
 */
export function MapPreview({ trip, title, theme = 'light' }: { trip: string | null; title: string; theme?: StaticTheme }) {
  // The page's route also names the picture in its Link header (app/page-response.ts), so the
  // browser asks for it before it has read the HTML.
  return (
    <picture className="map-preview">
      <source media={PREVIEW_MEDIA.narrow} srcSet={previewPath(trip, theme, 'narrow')} />
      <img src={previewPath(trip, theme, 'wide')} alt={`Map: ${title}`} fetchPriority="high" />
    </picture>
  );
}
