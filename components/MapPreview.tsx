import { preload } from 'react-dom';
import { previewPath } from '../content/map-preview';
import type { StaticTheme } from '../content/static-map';

/**
 * The view's routes and places as a server-drawn SVG: the first thing a reader
 * sees, before the interactive map is loaded (which then covers it), and what
 * readers without JavaScript get. Drawn at twice the box's size with
 * `object-fit: contain`, the SVG's overscan fills boxes of any shape.
 */
export function MapPreview({ trip, title, theme = 'light' }: { trip: string | null; title: string; theme?: StaticTheme }) {
  // The picture is the first view: have it asked for before the scripts (React sends these preloads
  // in the response's Link header, so the browser starts on it with the headers).
  preload(previewPath(trip, theme, 'narrow'), { as: 'image', fetchPriority: 'high', media: '(max-width: 640px)' });
  preload(previewPath(trip, theme, 'wide'), { as: 'image', fetchPriority: 'high', media: '(min-width: 641px)' });
  return (
    <picture className="map-preview">
      <source media="(max-width: 640px)" srcSet={previewPath(trip, theme, 'narrow')} />
      <img src={previewPath(trip, theme, 'wide')} alt={`Map: ${title}`} fetchPriority="high" />
    </picture>
  );
}
