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
import { pageEdition } from '../_http/page-edition';
import { viewNotice } from '../_http/notices';
import { mapDataPath } from '../_http/data-path';

/**
 * The map and its stepper, nothing else: for other people's pages (may be framed by any origin).
 * In the edition ?lang= names, else English, so that a snippet renders the same for every reader.
 */
export function GET(request: Request) {
  const params = searchParamsOf(new URL(request.url));
  const edition = pageEdition(params, null, false);
  const { lang, m } = edition.locale;
  const data = getMapData(lang);
  const { problem, ...view } = parseViewParams(params, data);
  const { options, notices } = parseEmbedOptions(params, tileConfig !== null, lang);
  const page: EmbedPageProps = {
    locale: edition.locale,
    dataUrl: mapDataPath(lang),
    initialView: view,
    preview: { trip: previewTrip(data, view), title: viewTitle(data, view, m) },
    notice: [edition.notice, viewNotice(problem, lang), ...notices].filter(Boolean).join(' ') || null,
    embed: options,
    legend: options.legend === 'on' ? legendEntries(data.trips, view.trip) : null,
  };
  const html = renderEmbedDocument(page, viewCard(data, view, '/embed', siteOrigin(request.headers), edition.locale), pageAssets());
  return pageResponse(html, page.preview.trip, previewTheme(options), request, edition);
}
