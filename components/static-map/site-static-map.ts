import { getBasemap, getMapData } from '../../content/site-data';
import { renderStaticMap, type StaticMapOptions } from './static-map';

/** The site's map as SVG, on the bundled basemap. */
export function getStaticMap(options: StaticMapOptions): string {
  return renderStaticMap(getMapData(), { world: getBasemap('world'), region: getBasemap('region') }, options);
}
