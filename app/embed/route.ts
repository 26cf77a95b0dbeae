import type { EmbedPageProps } from '../../components/EmbedPage';
import { parseEmbedOptions } from '../../content/embed-options';
import { legendEntries } from '../../content/legend-trips';
import { previewTheme } from '../../content/map-preview';
import { getMapData } from '../../content/site-data';
import { tileConfig } from '../../content/tile-config';
import { viewCard } from '../../content/view-card';
import { parseViewParams, previewTrip, searchParamsOf } from '../../content/view-params';
import { viewTitle } from '../../content/view-title';
import { siteOrigin } from '../_http/site-url';
import { pageRenderer, pageResponse } from '../page-response';

/** The map and its stepper, nothing else: for other people's pages (may be framed by any origin). */
export async function GET(request: Request) {
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
  const { renderEmbedDocument } = await pageRenderer();
  const html = renderEmbedDocument(page, viewCard(data, view, '/embed', siteOrigin(request.headers)));
  return pageResponse(html, page.preview.trip, previewTheme(options), request);
}
