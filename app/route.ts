import type { HomePageProps } from '../components/pages/HomePage';
import { renderHomeDocument } from '../components/pages/document';
import { legendEntries } from '../content/legend-trips';
import { viewListPage } from '../content/list-pages';
import { getMapData } from '../content/site-data';
import { viewCard } from './_http/view-card';
import { previewTrip } from '../content/view';
import { parseViewParams, searchParamsOf } from './_http/view-params';
import { viewTitle } from '../content/view-title';
import { siteOrigin } from './_http/site-url';
import { pageResponse } from './_http/page-response';
import { pageAssets } from './_http/page-assets';

/** The full map: the explorer, then the visit list with every source (which works without JavaScript). */
export function GET(request: Request) {
  const data = getMapData();
  const { notice, ...view } = parseViewParams(searchParamsOf(new URL(request.url)), data);
  const page: HomePageProps = {
    initialView: view,
    preview: { trip: previewTrip(data, view), title: viewTitle(data, view) },
    notice,
    legend: legendEntries(data.trips, view.trip),
    list: { trip: view.trip, page: viewListPage(data, view) },
  };
  const html = renderHomeDocument(page, data, viewCard(data, view, '/', siteOrigin(request.headers)), pageAssets());
  return pageResponse(html, page.preview.trip, 'light', request);
}
