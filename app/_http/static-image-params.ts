import { isLang, LANGS } from '../../content/i18n/lang';
import type { MapData } from '../../content/map-data';
import { paramProblemText, pixelParam, type SearchParams, singleParam } from './view-params';
import type { StaticMapOptions } from '../../components/static-map/static-map';

// The URL contract of the static images: /static/<tripId|all>.<svg|png>?visit=&frame=&width=&height=&theme=&lang=
// An image cannot carry a notice, so a bad lang is a 400 like any other bad parameter (a page
// falls back to English with a notice instead); without lang an image is English, whatever the
// reader's browser asks for, so that a snippet shows the same image everywhere.

export const IMAGE_SIZE = { min: 100, max: 4000, defaultWidth: 1200, defaultHeight: 800 };

export type ImageFormat = 'svg' | 'png';

export type ParsedImageRequest =
  | { ok: true; format: ImageFormat; options: StaticMapOptions }
  | { ok: false; status: 400 | 404; error: string };

/** Reads a static image's file name and query; unknown trips and visits are 404, bad values 400. */
export function parseImageRequest(file: string, params: SearchParams, data: MapData): ParsedImageRequest {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
  const trip = match?.[1] === 'all' ? null : match?.[1];
  if (!match || (trip !== null && !data.trips.some((t) => t.id === trip))) {
    return { ok: false, status: 404, error: `No image called “${file.slice(0, 60)}”: ask for /static/<tripId>.svg or .png, or /static/all.svg` };
  }
  const visit = singleParam(params, 'visit');
  if (visit.problem) return { ok: false, status: 400, error: paramProblemText('visit', visit.problem) };
  const found = visit.value === null ? null : data.visits.find((v) => v.id === visit.value);
  if (visit.value !== null && (!found || (trip !== null && found.trip !== trip))) {
    const name = `“${visit.value.slice(0, 60)}”`;
    return { ok: false, status: 404, error: trip === null ? `No visit called ${name}` : `The trip “${trip}” has no visit called ${name}` };
  }
  const width = pixelParam(params, 'width', IMAGE_SIZE.min, IMAGE_SIZE.max);
  const height = pixelParam(params, 'height', IMAGE_SIZE.min, IMAGE_SIZE.max);
  const theme = singleParam(params, 'theme');
  const sizeProblem = width.problem ?? height.problem;
  if (sizeProblem) return { ok: false, status: 400, error: sizeProblem };
  if (theme.problem || (theme.value !== null && theme.value !== 'light' && theme.value !== 'dark')) {
    return { ok: false, status: 400, error: 'The theme must be light or dark' };
  }
  const frame = singleParam(params, 'frame');
  if (frame.problem || (frame.value !== null && frame.value !== 'trip' && frame.value !== 'visit') || (frame.value === 'visit' && !found)) {
    return { ok: false, status: 400, error: 'The frame must be trip, or visit together with a visit' };
  }
  const lang = singleParam(params, 'lang');
  if (lang.problem || (lang.value !== null && !isLang(lang.value))) {
    return { ok: false, status: 400, error: `The language (lang) must be one of ${LANGS.join(', ')}${lang.problem ? ', given once' : ''}` };
  }
  return {
    ok: true,
    format: match[2] as ImageFormat,
    options: { trip: trip ?? null, visit: visit.value, frame: (frame.value ?? 'trip') as 'trip' | 'visit', width: width.value ?? IMAGE_SIZE.defaultWidth, height: height.value ?? IMAGE_SIZE.defaultHeight, theme: (theme.value ?? 'light') as 'light' | 'dark', lang: isLang(lang.value) ? lang.value : 'en' },
  };
}
