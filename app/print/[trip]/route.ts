import { getMapData } from '../../../content/site-data';
import { pageAssets } from '../../_http/page-assets';
import { printHandout } from '../../../components/pages/print-handout';
import { searchParamsOf } from '../../_http/view-params';

/** A trip's handout, to print, in the edition ?lang= names (components/pages/print-handout.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ trip: string }> }) {
  const { trip } = await params;
  const { status, body, lang } = printHandout(searchParamsOf(new URL(request.url)), trip, getMapData, pageAssets());
  const type = status === 200 ? 'text/html' : 'text/plain';
  return new Response(body, { status, headers: { 'Content-Type': `${type}; charset=utf-8`, 'Content-Language': lang } });
}
