import type { Lang } from '../../content/i18n/lang';

// The view model of every trip, one file per edition, written into public/ by `npm run build` and
// fetched by the page: kept out of the HTML, whose size would otherwise grow with the content and
// hold back the first view. The build writes each under its content's hash too (the name the
// pages hand their islands, so a cached script never meets other data) and lists the hashed
// names in DATA_FILES_MANIFEST.
export const MAP_DATA_FIXED_PATH = '/data/map-data.json';

/** "/data/map-data.json" for English, "/data/map-data.ko.json" for Korean. */
export function mapDataFixedPath(lang: Lang): string {
  return lang === 'en' ? MAP_DATA_FIXED_PATH : `/data/map-data.${lang}.json`;
}
