import { createElement } from 'preact';
import { renderPrintDocument } from './document';
import { PrintPage, printTitle } from './PrintPage';
import type { Lang } from '../../content/i18n/lang';
import type { MapData } from '../../content/map-data';
import { pageEdition } from '../../app/_http/page-edition';
import type { PageAssets } from '../../app/_http/page-assets';
import type { SearchParams } from '../../app/_http/view-params';

/**
 * A trip's handout, in the edition ?lang= names: English without it (a handout's link shows the
 * same page to every reader, whatever their browser asks for), and English with a plain-text
 * notice on the page for a lang it cannot follow (still 200). An unknown trip is a 404.
 */
export function printHandout(params: SearchParams, tripId: string, dataIn: (lang: Lang) => MapData, assets: PageAssets): { status: 200 | 404; body: string; lang: Lang } {
  const { locale, notice } = pageEdition(params, null, false);
  const { lang } = locale;
  const data = dataIn(lang);
  const trip = data.trips.find((t) => t.id === tripId);
  if (!trip) return { status: 404, body: `No trip called “${tripId}”.\n`, lang };
  return { status: 200, body: renderPrintDocument(printTitle(trip, lang), assets, locale, createElement(PrintPage, { data, trip, notice })), lang };
}
