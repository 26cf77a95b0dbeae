import { parseImageRequest } from '../../_http/static-image-params';
import { getStaticMap } from '../../../components/static-map/site-static-map';
import { getMapData } from '../../../content/site-data';
import { searchParamsOf } from '../../_http/view-params';
import { cachedResponse, errorResponse } from '../../_http/cache';
import { cachedImage, imageKey, pngAreaProblem, RenderBusyError } from '../../_http/image-pool';

// Images of a trip, drawn on the server from the same geometry as the interactive map, in the
// edition ?lang= names (English without it). Same origin and cacheable, so they print and paste
// into documents.

const CACHE = 'public, max-age=86400';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const parsed = parseImageRequest(file, searchParamsOf(new URL(request.url)), getMapData());
  if (!parsed.ok) return errorResponse(parsed.status, parsed.error);
  const areaProblem = parsed.format === 'png' ? pngAreaProblem(parsed.options.width, parsed.options.height) : null;
  if (areaProblem) return errorResponse(400, areaProblem);
  let image: Uint8Array | string;
  try {
    // The options, the edition among them, are the key: each language's image is kept apart.
    image = await cachedImage(imageKey(parsed.format, { ...parsed.options }), parsed.format, () => getStaticMap(parsed.options));
  } catch (error) {
    if (error instanceof RenderBusyError) return errorResponse(429, error.message, { 'Retry-After': '5' });
    throw error;
  }
  const type = parsed.format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png';
  return cachedResponse(request, image, { headers: { 'Content-Type': type }, cacheControl: CACHE });
}
