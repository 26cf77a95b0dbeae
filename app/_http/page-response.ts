import { PREVIEW_MEDIA, type PreviewShape, previewPath } from './map-preview';
import type { StaticTheme } from '../../components/static-map/static-map';
import { cachedResponse, NEGOTIATED_PAGE_CACHE, PAGE_CACHE } from './cache';
import type { PageEdition } from './page-edition';

/**
 * A page whose first view is the server-drawn preview of `trip`: its Link header lets the browser
 * ask for the picture as soon as it has the headers. (Compressed by `next start` thanks to the
 * Content-Type that next.config.js sets for these paths.) Cacheable by shared caches, with an ETag
 * of the HTML, which holds everything the request chose.
 */
export function pageResponse(html: string, trip: string | null, theme: StaticTheme, request: Request, edition: PageEdition): Response {
  const { lang } = edition.locale;
  const preload = (shape: PreviewShape) =>
    `<${previewPath(trip, theme, shape, lang)}>; rel=preload; as="image"; fetchpriority="high"; media="${PREVIEW_MEDIA[shape]}"`;
  return cachedResponse(request, html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': lang,
      // Without ?lang=, / answers in the reader's language: a shared cache must key on it.
      ...(edition.negotiated && { Vary: 'Accept-Language' }),
      Link: [preload('narrow'), preload('wide')].join(', '),
    },
    // Many CDNs ignore Vary but for Accept-Encoding: an answer chosen by Accept-Language is the
    // reader's alone (the browser revalidates it by ETag); with ?lang= it is anyone's.
    cacheControl: edition.negotiated ? NEGOTIATED_PAGE_CACHE : PAGE_CACHE,
  });
}
