import { oembed } from '../../_http/oembed';
import { getMapData } from '../../../content/site-data';
import { searchParamsOf } from '../../_http/view-params';
import { NO_STORE } from '../../_http/cache';
import { siteOrigin } from '../../_http/site-url';

export async function GET(request: Request) {
  // SITE_URL, not the request's Host: the answer names this origin and is kept by shared caches.
  const { status, body } = oembed(searchParamsOf(new URL(request.url)), siteOrigin(request.headers), getMapData);
  return Response.json(body, { status, headers: { 'Cache-Control': status === 200 ? 'public, max-age=3600' : NO_STORE } });
}
