import type { MapData } from '../../content/map-data';
import { viewQuery } from './view-params';
import { previewTrip, type ViewState } from '../../content/view';
import { viewTitle } from '../../content/view-title';
import { fill } from '../../content/i18n/format';
import { type Lang, LANGS } from '../../content/i18n/lang';
import type { Locale } from '../../content/i18n/locale';

/** What a page says of its view to link previews and oEmbed consumers (absolute URLs). */
export interface ViewCard {
  title: string;
  siteName: string;
  /** The visit's summary, else the trip's, else the site's. */
  description: string;
  pageUrl: string;
  /** The page itself; an embed names none (its canonical would be another page's). */
  canonical: string | undefined;
  oembedUrl: string;
  image: { url: string; width: number; height: number; alt: string };
  /** The same view in each edition (hreflang alternates); the first names no lang (x-default). */
  editions: { lang: Lang | 'x-default'; url: string }[];
}

export function viewCard(data: MapData, view: ViewState, path: '/' | '/embed', origin: string, locale: Locale): ViewCard {
  const { m, linkLang } = locale;
  const title = viewTitle(data, view, m);
  const visit = view.visit ? data.visits.find((v) => v.id === view.visit)! : null;
  const trip = previewTrip(data, view);
  const description = visit?.summary ?? (trip ? data.trips.find((t) => t.id === trip)!.summary : m.siteDescription);
  // A page whose edition the reader's browser chose names that edition: a crawler asking for the
  // URL without it would get English.
  const pageUrl = `${origin}${path}${viewQuery(view, linkLang ?? (data.lang === 'en' ? null : data.lang))}`;
  const imageLang = data.lang === 'en' ? '' : `&lang=${data.lang}`;
  return {
    title,
    siteName: m.siteName,
    description,
    pageUrl,
    canonical: path === '/' ? pageUrl : undefined,
    oembedUrl: `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}`,
    image: {
      url: `${origin}/static/${trip ?? 'all'}.png?width=1200&height=630${visit ? `&visit=${visit.id}` : ''}${imageLang}`,
      width: 1200,
      height: 630,
      alt: fill(m.mapPicture, { title }),
    },
    editions: [
      { lang: 'x-default', url: `${origin}${path}${viewQuery(view)}` },
      ...LANGS.map((lang) => ({ lang, url: `${origin}${path}${viewQuery(view, lang)}` })),
    ],
  };
}

/** The site's origin as the reader reached it, from the request's headers. */
export function requestOrigin(headers: Pick<Headers, 'get'>): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
