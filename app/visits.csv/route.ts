import { getMapData } from '../../content/site-data';
import { visitsCsv } from '../_http/visits-csv';

export const dynamic = 'force-static';

export function GET() {
  return new Response(visitsCsv(getMapData()), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': 'inline; filename="visits.csv"',
    },
  });
}
