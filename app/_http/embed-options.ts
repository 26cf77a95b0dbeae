// The /embed URL contract beyond ?trip= and ?visit= (see view-params.ts).

import type { Lang } from '../../content/i18n/lang';
import { embedOptionNotice, noTilesNotice } from './notices';
import { type SearchParams, singleParam } from './view-params';

export interface EmbedOptions {
  /** full: trip chooser, step buttons, speed and timeline; stepper: step buttons and timeline; none: the map alone. */
  controls: 'full' | 'stepper' | 'none';
  theme: 'light' | 'dark' | 'auto';
  basemap: 'bundled' | 'tiles';
  legend: 'on' | 'off';
}

export const EMBED_DEFAULTS: EmbedOptions = { controls: 'full', theme: 'auto', basemap: 'bundled', legend: 'on' };

const ALLOWED: { [K in keyof EmbedOptions]: readonly EmbedOptions[K][] } = {
  controls: ['full', 'stepper', 'none'],
  theme: ['light', 'dark', 'auto'],
  basemap: ['bundled', 'tiles'],
  legend: ['on', 'off'],
};


/**
 * Reads the embed options; a bad value falls back to its default and is named
 * in the notices (plain text). Unknown parameters are ignored. Tiles can only be
 * chosen where the site has a tile server configured.
 */
export function parseEmbedOptions(params: SearchParams, tilesConfigured: boolean, lang: Lang = 'en'): { options: EmbedOptions; notices: string[] } {
  const options = { ...EMBED_DEFAULTS };
  const notices: string[] = [];
  for (const name of Object.keys(ALLOWED) as (keyof EmbedOptions)[]) {
    if (params[name] === undefined) continue;
    const { value, problem } = singleParam(params, name);
    const allowed = ALLOWED[name] as readonly string[];
    if (value !== null && allowed.includes(value)) (options as Record<string, string>)[name] = value;
    else {
      const why = problem ? { kind: problem } : { kind: 'not-one-of' as const, value: value!.slice(0, 40), allowed };
      notices.push(embedOptionNotice(name, why, EMBED_DEFAULTS[name], lang));
    }
  }
  if (options.basemap === 'tiles' && !tilesConfigured) {
    options.basemap = 'bundled';
    notices.push(noTilesNotice(lang));
  }
  return { options, notices };
}

/** The embed options that differ from the defaults, as query parameters to keep in the frame's URL. */
export function embedQuery(options: EmbedOptions, viewQuery: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(options) as [keyof EmbedOptions, string][]) {
    if (value !== EMBED_DEFAULTS[name]) params.set(name, value);
  }
  const query = params.toString();
  return query ? `${viewQuery ? '&' : '?'}${query}` : '';
}
