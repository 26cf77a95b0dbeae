import { getBasemap, getMapData } from '../../content/site-data';
import { renderStaticMap, type StaticMapOptions } from './static-map';

/** The site's map as SVG, on the bundled basemap, in the edition `options.lang` (default English). */
export function getStaticMap(options: StaticMapOptions): string {
  return renderStaticMap(getMapData(options.lang ?? 'en'), { world: getBasemap('world'), region: getBasemap('region') }, options);
}
