import { oembed } from '../../../content/oembed';
import { getMapData } from '../../../content/site-data';
import { searchParamsOf } from '../../../content/view-params';
import { requestOrigin } from '../../view-metadata';

export async function GET(request: Request) {
  // The origin the reader used (request.url names the server's own host).
  const { status, body } = oembed(searchParamsOf(new URL(request.url)), await requestOrigin(), getMapData());
  return Response.json(body, { status, headers: { 'Cache-Control': 'public, max-age=3600' } });
}
