// The server entry of / and /embed, bundled with Preact by app/page-bundles.mjs (see there why)
// and loaded by app/page-response.ts.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { MapData } from '../../content/map-data';
import type { ViewCard } from '../../app/_http/view-card';
import { EmbedPage, type EmbedPageProps } from './EmbedPage';
import { HomePage, type HomePageProps, ServerList } from './HomePage';
import { PAGE_PROPS_ID } from './page-props';
import { VisitList } from '../ui/VisitList';

type Entry = 'home' | 'embed';

/** Each page's script and styles, with content hashes in their names (set by the bundler). */
const ASSETS = JSON.parse(process.env.PAGE_ASSETS!) as Record<Entry, { script: string; style: string }>;

/**
 * A whole document: its head from the view's card, its body from the page's props, which also go
 * along as JSON for the browser to hydrate the same body from.
 */
function renderDocument(entry: Entry, card: ViewCard, props: object, body: ReactNode): string {
  // "<" escaped, so that no value (notices quote the URL) can close the script element.
  const json = JSON.stringify(props).replace(/</g, '\\u003c');
  const { image } = card;
  return `<!DOCTYPE html>${renderToString(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{card.title}</title>
        <meta name="description" content={card.description} />
        {card.canonical && <link rel="canonical" href={card.canonical} />}
        <link rel="alternate" type="application/json+oembed" href={card.oembedUrl} />
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content={card.siteName} />
        <meta property="og:title" content={card.title} />
        <meta property="og:description" content={card.description} />
        <meta property="og:url" content={card.pageUrl} />
        <meta property="og:image" content={image.url} />
        <meta property="og:image:width" content={String(image.width)} />
        <meta property="og:image:height" content={String(image.height)} />
        <meta property="og:image:alt" content={image.alt} />
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:title" content={card.title} />
        <meta name="twitter:description" content={card.description} />
        <meta name="twitter:image" content={image.url} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={ASSETS[entry].style} />
        <script type="module" src={ASSETS[entry].script} />
        <script id={PAGE_PROPS_ID} type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
      </head>
      <body>{body}</body>
    </html>,
  )}`;
}

export function renderEmbedDocument(page: EmbedPageProps, card: ViewCard): string {
  return renderDocument('embed', card, page, <EmbedPage {...page} />);
}

/** The visit list is drawn here from the data; the browser takes it over from the HTML. */
export function renderHomeDocument(page: HomePageProps, data: MapData, card: ViewCard): string {
  const list = <VisitList data={data} trip={page.list.trip} page={page.list.page} current={page.initialView.visit} />;
  return renderDocument('home', card, page, <HomePage {...page} serverList={<ServerList>{list}</ServerList>} />);
}
