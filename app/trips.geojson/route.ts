import { getMapData } from '../../content/site-data';
import { tripsGeoJson } from '../_http/trips-geojson';

export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(tripsGeoJson(getMapData())), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
}
