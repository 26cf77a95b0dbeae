import type { EmbedPageProps } from '../../components/pages/EmbedPage';
import { renderEmbedDocument } from '../../components/pages/document';
import { parseEmbedOptions } from '../_http/embed-options';
import { legendEntries } from '../../content/legend-trips';
import { previewTheme } from '../_http/map-preview';
import { getMapData } from '../../content/site-data';
import { tileConfig } from '../_http/tile-config';
import { viewCard } from '../_http/view-card';
import { previewTrip } from '../../content/view';
import { parseViewParams, searchParamsOf } from '../_http/view-params';
import { viewTitle } from '../../content/view-title';
import { siteOrigin } from '../_http/site-url';
import { pageResponse } from '../_http/page-response';
import { pageAssets } from '../_http/page-assets';

/** The map and its stepper, nothing else: for other people's pages (may be framed by any origin). */
export function GET(request: Request) {
  const params = searchParamsOf(new URL(request.url));
  const data = getMapData();
  const { notice, ...view } = parseViewParams(params, data);
  const { options, notices } = parseEmbedOptions(params, tileConfig !== null);
  const page: EmbedPageProps = {
    initialView: view,
    preview: { trip: previewTrip(data, view), title: viewTitle(data, view) },
    notice: [notice, ...notices].filter(Boolean).join(' ') || null,
    embed: options,
    legend: options.legend === 'on' ? legendEntries(data.trips, view.trip) : null,
  };
  const html = renderEmbedDocument(page, viewCard(data, view, '/embed', siteOrigin(request.headers)), pageAssets());
  return pageResponse(html, page.preview.trip, previewTheme(options), request);
}
