import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PageDocument from '../components/page-document';
import { PREVIEW_MEDIA, type PreviewShape, previewPath } from '../content/map-preview';
import type { StaticTheme } from '../content/static-map';
import { cachedResponse, PAGE_CACHE } from './_http/cache';

let documentModule: Promise<typeof PageDocument> | null = null;

/** The renderer of / and /embed, built with Preact by `npm run build` (page-bundles.mjs), loaded as it is. */
export function pageRenderer(): Promise<typeof PageDocument> {
  const file = path.join(process.cwd(), '.pages', 'document.mjs');
  documentModule ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href).catch((error: Error) => {
    documentModule = null;
    throw new Error(`cannot load the pages' renderer ${file}: run \`npm run build\` (or \`node app/page-bundles.mjs\`) first. ${error.message}`);
  });
  return documentModule;
}

/**
 * A page whose first view is the server-drawn preview of `trip`: its Link header lets the browser
 * ask for the picture as soon as it has the headers. (Compressed by `next start` thanks to the
 * Content-Type that next.config.js sets for these paths.) Cacheable by shared caches, with an ETag
 * of the HTML, which holds everything the request chose.
 */
export function pageResponse(html: string, trip: string | null, theme: StaticTheme, request: Request): Response {
  const preload = (shape: PreviewShape) =>
    `<${previewPath(trip, theme, shape)}>; rel=preload; as="image"; fetchpriority="high"; media="${PREVIEW_MEDIA[shape]}"`;
  return cachedResponse(request, html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      Link: [preload('narrow'), preload('wide')].join(', '),
    },
    cacheControl: PAGE_CACHE,
  });
}
