import { Resvg } from '@resvg/resvg-js';
import { parseImageRequest } from '../../_http/static-image-params';
import { getStaticMap } from '../../../components/static-map/site-static-map';
import { getMapData } from '../../../content/site-data';
import { searchParamsOf } from '../../_http/view-params';

// Images of a trip, drawn on the server from the same geometry as the interactive map.
// Same origin and cacheable, so they print and paste into documents.

const CACHE = 'public, max-age=86400';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const parsed = parseImageRequest(file, searchParamsOf(new URL(request.url)), getMapData());
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: parsed.status });
  const svg = getStaticMap(parsed.options);
  if (parsed.format === 'svg') {
    return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': CACHE } });
  }
  // System fonts: the labels are Latin, and every platform has one of the families the SVG names.
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': CACHE } });
}
