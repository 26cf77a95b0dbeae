import type { Lang } from '../../content/i18n/lang';
import { UI_MESSAGES } from '../../content/i18n/ui-messages';
import type { MapData } from '../../content/map-data';
import { escapeHtml } from './html-escape';
import { parseLangParam } from './lang-param';
import { viewProblemText } from './notices';
import { paramProblemText, parseViewParams, pixelParam, type SearchParams, searchParamsOf, singleParam, viewQuery } from './view-params';
import { previewTrip } from '../../content/view';
import { viewTitle } from '../../content/view-title';

// oEmbed 1.0 (https://oembed.com): a page or embed URL of this site in, a `rich` iframe out. The
// edition is the one the URL names with its own ?lang=, as it names its trip and visit: the
// answer's title is in that language and its frame and thumbnail carry the same lang. A URL
// without lang gives English, as /embed does (the oEmbed request has no lang of its own).

export const OEMBED_DEFAULT = { width: 800, height: 500 };
const MIN_SIZE = 200;

export type OEmbedResult = { status: 200; body: Record<string, string | number> } | { status: 400 | 404 | 501; body: { error: string } };

/** The oEmbed answer for `url`, for a site served at `origin`; `dataIn` gives the view model of an edition. */
export function oembed(params: SearchParams, origin: string, dataIn: (lang: Lang) => MapData): OEmbedResult {
  const format = singleParam(params, 'format');
  if (format.value !== null && format.value !== 'json') return { status: 501, body: { error: 'Only the json format is offered' } };
  const url = singleParam(params, 'url');
  if (url.problem || url.value === null) return { status: 400, body: { error: url.problem ? paramProblemText('url', url.problem) : 'The url parameter is required' } };
  let target: URL;
  try {
    target = new URL(url.value);
  } catch {
    return { status: 400, body: { error: 'The url is not a URL' } };
  }
  if (target.origin !== origin || (target.pathname !== '/' && target.pathname !== '/embed')) {
    return { status: 404, body: { error: `Not a map of this site: give ${origin}/ or ${origin}/embed, with ?trip= and ?visit= if you like` } };
  }
  const targetParams = searchParamsOf(target);
  // A lang the page would not follow is refused, as a trip or visit it would not follow is.
  const asked = parseLangParam(targetParams);
  // (The page would show English; this answer shows nothing, so the notice's end is left off.)
  if (asked.problem) return { status: 404, body: { error: asked.problem.replace(/: showing English\.$/, '.') } };
  const lang = asked.lang ?? 'en';
  const data = dataIn(lang);
  const m = UI_MESSAGES[lang];
  const view = parseViewParams(targetParams, data);
  if (view.problem) return { status: 404, body: { error: viewProblemText(view.problem, 'en') } };

  const maxWidth = pixelParam(params, 'maxwidth', MIN_SIZE);
  const maxHeight = pixelParam(params, 'maxheight', MIN_SIZE);
  const sizeProblem = maxWidth.problem ?? maxHeight.problem;
  if (sizeProblem) return { status: 400, body: { error: sizeProblem } };
  // Keep the default's shape within whatever maximum the consumer gives.
  const scale = Math.min(1, (maxWidth.value ?? Infinity) / OEMBED_DEFAULT.width, (maxHeight.value ?? Infinity) / OEMBED_DEFAULT.height);
  const width = Math.round(OEMBED_DEFAULT.width * scale);
  const height = Math.round(OEMBED_DEFAULT.height * scale);
  const title = viewTitle(data, view, m);
  const src = `${origin}/embed${viewQuery(view, asked.lang)}`;
  const trip = previewTrip(data, view) ?? 'all';
  const thumbnail = `${origin}/static/${trip}.png?width=${width}&height=${height}${view.visit ? `&visit=${view.visit}` : ''}${asked.lang ? `&lang=${asked.lang}` : ''}`;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: m.siteName,
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
