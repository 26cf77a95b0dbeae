import type { MapData } from '../../content/map-data';
import { viewQuery } from './view-params';
import { previewTrip, type ViewState } from '../../content/view';
import { SITE_DESCRIPTION, viewTitle } from '../../content/view-title';

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
}

export function viewCard(data: MapData, view: ViewState, path: '/' | '/embed', origin: string): ViewCard {
  const title = viewTitle(data, view);
  const visit = view.visit ? data.visits.find((v) => v.id === view.visit)! : null;
  const trip = previewTrip(data, view);
  const description = visit?.summary ?? (trip ? data.trips.find((t) => t.id === trip)!.summary : SITE_DESCRIPTION);
  const pageUrl = `${origin}${path}${viewQuery(view)}`;
  return {
    title,
    siteName: 'North Korea–Russia trips',
    description,
    pageUrl,
    canonical: path === '/' ? pageUrl : undefined,
    oembedUrl: `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}`,
    image: {
      url: `${origin}/static/${trip ?? 'all'}.png?width=1200&height=630${visit ? `&visit=${visit.id}` : ''}`,
      width: 1200,
      height: 630,
      alt: `Map: ${title}`,
    },
  };
}

/** The site's origin as the reader reached it, from the request's headers. */
export function requestOrigin(headers: Pick<Headers, 'get'>): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
