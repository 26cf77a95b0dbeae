import { createElement } from 'preact';
import { renderPrintDocument } from '../../../components/pages/document';
import { PrintPage, printTitle } from '../../../components/pages/PrintPage';
import { getMapData } from '../../../content/site-data';
import { pageAssets } from '../../_http/page-assets';

/** A trip's handout, to print. */
export async function GET(_request: Request, { params }: { params: Promise<{ trip: string }> }) {
  const { trip: tripId } = await params;
  const data = getMapData();
  const trip = data.trips.find((t) => t.id === tripId);
  if (!trip) return new Response(`No trip called “${tripId}”.\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const html = renderPrintDocument(printTitle(trip), pageAssets(), createElement(PrintPage, { data, trip }));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
