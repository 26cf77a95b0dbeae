import { TileLayer } from 'react-leaflet';
import type { TileConfig } from '../../app/_http/tile-config';

/** The optional raster tiles (see tile-config.ts), over the bundled basemap. */
export function TileBasemap({ config }: { config: TileConfig }) {
  return <TileLayer url={config.url} attribution={config.attribution} opacity={0.85} />;
}
