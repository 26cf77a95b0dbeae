import { z } from 'zod';
import { LANGS, type Lang } from '../../content/i18n/lang';
import { paramProblemText, type SearchParams, singleParam } from './view-params';

// ?lang=en|ko|ru: the edition of a page, embed, image, handout or oEmbed answer. Anything else
// falls back to English with a notice, like other bad parameters (the notice is in English: the
// language asked for is the one that could not be read).

const langSchema = z.enum(LANGS);

export interface LangParam {
  /** The edition asked for; null when the URL names none. */
  lang: Lang | null;
  /** Plain text saying why the lang parameter was not followed; null when it was (or is absent). */
  problem: string | null;
}

export function parseLangParam(params: SearchParams): LangParam {
  const { value, problem } = singleParam(params, 'lang');
  if (problem) return { lang: null, problem: `${paramProblemText('language (lang)', problem)}: showing English.` };
  if (value === null) return { lang: null, problem: null };
  // "KO" and "ko-KR" name the Korean edition too.
  const parsed = langSchema.safeParse(value.toLowerCase().split('-')[0]);
  if (parsed.success) return { lang: parsed.data, problem: null };
  const shown = value.length > 20 ? `${value.slice(0, 17)}…` : value;
  return { lang: null, problem: `No language called “${shown}” (lang= takes ${LANGS.join(', ')}): showing English.` };
}
