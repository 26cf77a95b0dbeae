// The server entry of /embed, bundled with Preact by app/embed/bundle.mjs (see there why) and
// loaded by app/embed/route.ts.
import { renderToString } from 'react-dom/server';
import type { ViewCard } from '../content/view-card';
import { EMBED_PROPS_ID, EmbedPage, type EmbedPageProps } from './EmbedPage';

/** The browser's script and styles, with content hashes in their names (set by the bundler). */
const ASSETS = { script: process.env.EMBED_SCRIPT!, style: process.env.EMBED_STYLE! };

/**
 * The whole /embed document: its head from the view's card, its body from the page's props, which
 * also go along as JSON for the browser to hydrate the same body from.
 */
export function renderEmbedDocument(page: EmbedPageProps, card: ViewCard): string {
  // "<" escaped, so that no value (notices quote the URL) can close the script element.
  const props = JSON.stringify(page).replace(/</g, '\\u003c');
  const image = card.image;
  return `<!DOCTYPE html>${renderToString(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{card.title}</title>
        <meta name="description" content={card.description} />
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
        <link rel="stylesheet" href={ASSETS.style} />
        <script type="module" src={ASSETS.script} />
        <script id={EMBED_PROPS_ID} type="application/json" dangerouslySetInnerHTML={{ __html: props }} />
      </head>
      <body>
        <EmbedPage {...page} />
      </body>
    </html>,
  )}`;
}
