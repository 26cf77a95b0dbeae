import { PREVIEW_MEDIA, previewPath } from '../../app/_http/map-preview';
import { fill } from '../../content/i18n/format';
import type { StaticTheme } from '../static-map/static-map';
import { useLocale } from './locale';

/**
 * The view's routes and places as a server-drawn SVG: the first thing a reader
 * sees, before the interactive map is loaded (which then covers it), and what
 * readers without JavaScript get. Drawn at twice the box's size with
 * `object-fit: contain`, the SVG's overscan fills boxes of any shape.
 */
export function MapPreview({ trip, title, theme = 'light' }: { trip: string | null; title: string; theme?: StaticTheme }) {
  const { lang, m } = useLocale();
  // The page's route also names the picture in its Link header (app/page-response.ts), so the
  // browser asks for it before it has read the HTML.
  return (
    <picture className="map-preview">
      <source media={PREVIEW_MEDIA.narrow} srcSet={previewPath(trip, theme, 'narrow', lang)} />
      <img src={previewPath(trip, theme, 'wide', lang)} alt={fill(m.mapPicture, { title })} fetchPriority="high" />
    </picture>
  );
}
