import type { MapData } from '../../content/map-data';
import { escapeHtml } from './html-escape';
import { parseViewParams, pixelParam, type SearchParams, searchParamsOf, singleParam, viewQuery } from './view-params';
import { previewTrip } from '../../content/view';
import { viewTitle } from '../../content/view-title';

// oEmbed 1.0 (https://oembed.com): a page or embed URL of this site in, a `rich` iframe out.

export const OEMBED_DEFAULT = { width: 800, height: 500 };
const MIN_SIZE = 200;

export type OEmbedResult = { status: 200; body: Record<string, string | number> } | { status: 400 | 404 | 501; body: { error: string } };

/** The oEmbed answer for `url`, for a site served at `origin`. */
export function oembed(params: SearchParams, origin: string, data: MapData): OEmbedResult {
  const format = singleParam(params, 'format');
  if (format.value !== null && format.value !== 'json') return { status: 501, body: { error: 'Only the json format is offered' } };
  const url = singleParam(params, 'url');
  if (url.problem || url.value === null) return { status: 400, body: { error: url.problem ?? 'The url parameter is required' } };
  let target: URL;
  try {
    target = new URL(url.value);
  } catch {
    return { status: 400, body: { error: 'The url is not a URL' } };
  }
  if (target.origin !== origin || (target.pathname !== '/' && target.pathname !== '/embed')) {
    return { status: 404, body: { error: `Not a map of this site: give ${origin}/ or ${origin}/embed, with ?trip= and ?visit= if you like` } };
  }
  const view = parseViewParams(searchParamsOf(target), data);
  if (view.notice) return { status: 404, body: { error: view.notice } };

  const maxWidth = pixelParam(params, 'maxwidth', MIN_SIZE);
  const maxHeight = pixelParam(params, 'maxheight', MIN_SIZE);
  const sizeProblem = maxWidth.problem ?? maxHeight.problem;
  if (sizeProblem) return { status: 400, body: { error: sizeProblem } };
  // Keep the default's shape within whatever maximum the consumer gives.
  const scale = Math.min(1, (maxWidth.value ?? Infinity) / OEMBED_DEFAULT.width, (maxHeight.value ?? Infinity) / OEMBED_DEFAULT.height);
  const width = Math.round(OEMBED_DEFAULT.width * scale);
  const height = Math.round(OEMBED_DEFAULT.height * scale);
  const title = viewTitle(data, view);
  const query = viewQuery(view);
  const src = `${origin}/embed${query}`;
  const trip = previewTrip(data, view) ?? 'all';
  const thumbnail = `${origin}/static/${trip}.png?width=${width}&height=${height}${view.visit ? `&visit=${view.visit}` : ''}`;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: 'North Korea–Russia trips',
      provider_url: `${origin}/`,
      width,
      height,
      html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`,
      thumbnail_url: thumbnail,
      thumbnail_width: width,
      thumbnail_height: height,
    },
  };
}
