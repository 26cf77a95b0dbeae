import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { MapData } from '../content/map-data';
import type { ViewState } from '../content/view-params';
import { requestOrigin, viewCard } from '../content/view-card';

/** Title, oEmbed discovery, and Open Graph and Twitter cards with the view's static image. */
export async function viewMetadata(data: MapData, view: ViewState, path: '/' | '/embed'): Promise<Metadata> {
  const { title, siteName, description, pageUrl, canonical, oembedUrl, image } = viewCard(data, view, path, requestOrigin(await headers()));
  return {
    title,
    description,
    alternates: {
      ...(canonical ? { canonical } : {}),
      types: { 'application/json+oembed': oembedUrl },
    },
    openGraph: { type: 'website', title, description, url: pageUrl, images: [image], siteName },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
