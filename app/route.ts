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
import { pageEdition } from './_http/page-edition';
import { viewNotice } from './_http/notices';
import { mapDataPath } from './_http/data-path';

/**
 * The full map: the explorer, then the visit list with every source (which works without
 * JavaScript). In the edition ?lang= names, else the one the reader's browser asks for.
 */
export function GET(request: Request) {
  const params = searchParamsOf(new URL(request.url));
  const edition = pageEdition(params, request.headers.get('accept-language'), true);
  const { lang, m } = edition.locale;
  const data = getMapData(lang);
  const { problem, ...view } = parseViewParams(params, data);
  const page: HomePageProps = {
    locale: edition.locale,
    dataUrl: mapDataPath(lang),
    initialView: view,
    preview: { trip: previewTrip(data, view), title: viewTitle(data, view, m) },
    notice: [edition.notice, viewNotice(problem, lang)].filter(Boolean).join(' ') || null,
    legend: legendEntries(data.trips, view.trip),
    list: { trip: view.trip, page: viewListPage(data, view) },
  };
  const html = renderHomeDocument(page, data, viewCard(data, view, '/', siteOrigin(request.headers), edition.locale), pageAssets());
  return pageResponse(html, page.preview.trip, 'light', request, edition);
}
