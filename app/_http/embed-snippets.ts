import { embedQuery, type EmbedOptions } from './embed-options';
import { escapeHtml } from './html-escape';
import { viewQuery } from './view-params';
import { type ViewState } from '../../content/view';
import type { Lang } from '../../content/i18n/lang';

// What the embed builder hands a report author: the frame's URL, two snippets
// (a responsive frame that follows the map's height messages, and a plain frame
// with a fixed aspect ratio) and the static image of the same view.

export interface EmbedChoice {
  view: ViewState;
  options: EmbedOptions;
  width: number;
  height: number;
  /** The frame's accessible name. */
  title: string;
  /** The edition the frame and image are in (English needs no parameter: it is the embed's default). */
  lang: Lang;
}

const langOf = (lang: Lang) => (lang === 'en' ? null : lang);

export function embedUrl(origin: string, { view, options, lang }: EmbedChoice): string {
  const query = viewQuery(view, langOf(lang));
  return `${origin}/embed${query}${embedQuery(options, query)}`;
}

/** A frame of fixed shape that scales with the column it sits in. */
export function fixedSnippet(origin: string, choice: EmbedChoice): string {
  return `<iframe src="${escapeHtml(embedUrl(origin, choice))}" title="${escapeHtml(choice.title)}" `
    + `style="width:100%;max-width:${choice.width}px;aspect-ratio:${choice.width}/${choice.height};border:0" loading="lazy" allowfullscreen></iframe>`;
}

/** A full-width frame, plus a tiny script that sets its height from the map's "trips-map:height" messages. */
export function responsiveSnippet(origin: string, choice: EmbedChoice): string {
  const script = `(function(){addEventListener("message",function(e){`
    + `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="trips-map:height"||typeof e.data.height!=="number")return;`
    + `document.querySelectorAll("iframe[data-trips-map]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})})();`;
  return `<iframe data-trips-map src="${escapeHtml(embedUrl(origin, choice))}" title="${escapeHtml(choice.title)}" `
    + `style="width:100%;height:${choice.height}px;border:0" loading="lazy" allowfullscreen></iframe>\n<script>${script}</script>`;
}

/** The same view as a static image, for documents and print. */
export function imageUrl(origin: string, { view, options, width, height, lang }: EmbedChoice, format: 'svg' | 'png'): string {
  const params = new URLSearchParams({ width: String(width), height: String(height) });
  if (view.visit) params.set('visit', view.visit);
  if (options.theme === 'dark') params.set('theme', 'dark');
  if (langOf(lang)) params.set('lang', lang);
  return `${origin}/static/${view.trip ?? 'all'}.${format}?${params}`;
}
