import { oembed } from '../../_http/oembed';
import { getMapData } from '../../../content/site-data';
import { searchParamsOf } from '../../_http/view-params';
import { requestOrigin } from '../../_http/view-card';

export async function GET(request: Request) {
  // The origin the reader used (request.url names the server's own host).
  const { status, body } = oembed(searchParamsOf(new URL(request.url)), requestOrigin(request.headers), getMapData());
  return Response.json(body, { status, headers: { 'Cache-Control': 'public, max-age=3600' } });
}
