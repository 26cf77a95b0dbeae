import type { HomePageProps } from '../components/HomePage';
import { legendEntries } from '../content/legend-trips';
import { viewListPage } from '../content/list-pages';
import { getMapData } from '../content/site-data';
import { viewCard } from '../content/view-card';
import { parseViewParams, previewTrip, searchParamsOf } from '../content/view-params';
import { viewTitle } from '../content/view-title';
import { siteOrigin } from './_http/site-url';
import { pageRenderer, pageResponse } from './page-response';

/** The full map: the explorer, then the visit list with every source (which works without JavaScript). */
export async function GET(request: Request) {
  const data = getMapData();
  const { notice, ...view } = parseViewParams(searchParamsOf(new URL(request.url)), data);
  const page: HomePageProps = {
    initialView: view,
    preview: { trip: previewTrip(data, view), title: viewTitle(data, view) },
    notice,
    legend: legendEntries(data.trips, view.trip),
    list: { trip: view.trip, page: viewListPage(data, view) },
  };
  const { renderHomeDocument } = await pageRenderer();
  const html = renderHomeDocument(page, data, viewCard(data, view, '/', siteOrigin(request.headers)));
  return pageResponse(html, page.preview.trip, 'light', request);
}
