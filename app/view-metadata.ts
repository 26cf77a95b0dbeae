import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { viewTitle } from '../content/view-title';
import type { MapData } from '../content/map-data';
import { previewTrip, type ViewState, viewQuery } from '../content/view-params';

/** The site's origin as the reader reached it (link previews need absolute URLs). */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

/** Title, oEmbed discovery, and Open Graph and Twitter cards with the view's static image. */
export async function viewMetadata(data: MapData, view: ViewState, path: '/' | '/embed'): Promise<Metadata> {
  const origin = await requestOrigin();
  const title = viewTitle(data, view);
  const visit = view.visit ? data.visits.find((v) => v.id === view.visit)! : null;
  const trip = previewTrip(data, view);
  const description = visit?.summary ?? (trip ? data.trips.find((t) => t.id === trip)!.summary : undefined);
  const image = {
    url: `${origin}/static/${trip ?? 'all'}.png?width=1200&height=630${visit ? `&visit=${visit.id}` : ''}`,
    width: 1200,
    height: 630,
    alt: `Map: ${title}`,
  };
  const pageUrl = `${origin}${path}${viewQuery(view)}`;
  return {
    title,
    ...(description ? { description } : {}),
    alternates: {
      // The page itself; an embed names none (its canonical would be another page's).
      ...(path === '/' ? { canonical: pageUrl } : {}),
      types: { 'application/json+oembed': `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}` },
    },
    openGraph: { type: 'website', title, description, url: pageUrl, images: [image], siteName: 'North Korea–Russia trips' },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
