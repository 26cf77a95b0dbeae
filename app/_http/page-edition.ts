import type { Lang } from '../../content/i18n/lang';
import { negotiateLang } from '../../content/i18n/lang';
import { UI_MESSAGES } from '../../content/i18n/ui-messages';
import type { Locale } from '../../content/i18n/locale';
import { parseLangParam } from './lang-param';
import type { SearchParams } from './view-params';

export interface PageEdition {
  locale: Locale;
  /** Why ?lang= was not followed (plain text, in English); null when it was or is absent. */
  notice: string | null;
  /** The reader's Accept-Language chose the edition: the answer varies with it. */
  negotiated: boolean;
}

/**
 * The edition a page is drawn in: ?lang= where given; else, where `negotiate` (/ only), the
 * reader's Accept-Language; else English (embeds and images render the same everywhere).
 */
export function pageEdition(params: SearchParams, acceptLanguage: string | null, negotiate: boolean): PageEdition {
  const { lang, problem } = parseLangParam(params);
  const chosen: Lang = lang ?? (problem || !negotiate ? 'en' : negotiateLang(acceptLanguage));
  return {
    locale: { lang: chosen, m: UI_MESSAGES[chosen], linkLang: lang ?? (problem ? 'en' : null) },
    notice: problem,
    negotiated: lang === null && !problem && negotiate,
  };
}
