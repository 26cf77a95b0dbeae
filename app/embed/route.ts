import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as EmbedDocument from '../../components/embed-document';
import type { EmbedPageProps } from '../../components/EmbedPage';
import { parseEmbedOptions } from '../../content/embed-options';
import { legendEntries } from '../../content/legend-trips';
import { previewPath, previewTheme } from '../../content/map-preview';
import { getMapData } from '../../content/site-data';
import { tileConfig } from '../../content/tile-config';
import { requestOrigin, viewCard } from '../../content/view-card';
import { parseViewParams, previewTrip, searchParamsOf } from '../../content/view-params';
import { viewTitle } from '../../content/view-title';

let documentModule: Promise<typeof EmbedDocument> | null = null;

/** The renderer built with Preact by `npm run build` (bundle.mjs), loaded as it is, not rebundled by Next. */
function embedDocument(): Promise<typeof EmbedDocument> {
  const file = path.join(process.cwd(), '.embed', 'document.mjs');
  documentModule ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href).catch((error: Error) => {
    documentModule = null;
    throw new Error(`/embed cannot load its renderer ${file}: run \`npm run build\` (or \`node app/embed/bundle.mjs\`) first. ${error.message}`);
  });
  return documentModule;
}

/** The map and its stepper, nothing else: for other people's pages (may be framed by any origin). */
export async function GET(request: Request) {
  const params = searchParamsOf(new URL(request.url));
  const data = getMapData();
  const { notice, ...view } = parseViewParams(params, data);
  const { options, notices } = parseEmbedOptions(params, tileConfig !== null);
  const page: EmbedPageProps = {
    initialView: view,
    preview: { trip: previewTrip(data, view), title: viewTitle(data, view) },
    notice: [notice, ...notices].filter(Boolean).join(' ') || null,
    embed: options,
    legend: options.legend === 'on' ? legendEntries(data.trips, view.trip) : null,
  };
  const { renderEmbedDocument } = await embedDocument();
  const html = renderEmbedDocument(page, viewCard(data, view, '/embed', requestOrigin(request.headers)));
  // The preview is the first view: the browser can fetch it as soon as it has the headers.
  const theme = previewTheme(options);
  const preload = (shape: 'narrow' | 'wide', media: string) =>
    `<${previewPath(page.preview.trip, theme, shape)}>; rel=preload; as="image"; fetchpriority="high"; media="${media}"`;
  // Sent uncompressed (2.2 KB gzipped, 6.8 KB not): `next start` does not compress a route
  // handler's answer, and drops a Content-Encoding header set here while sending the body as is.
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      Link: [preload('narrow', '(max-width: 640px)'), preload('wide', '(min-width: 641px)')].join(', '),
    },
  });
}
