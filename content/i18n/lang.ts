// The editions: which languages the map speaks, and how a request picks one. Safe for the
// browser (no zod): the islands read the language from their page's props.

export const LANGS = ['en', 'ko', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
/** The editions whose texts are translated from the English. */
export const TRANSLATED_LANGS = ['ko', 'ru'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** The locale each edition formats dates and numbers in, through Intl. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR', ru: 'ru-RU' };
/** Each language's name, in itself: what the language switch shows. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', ru: 'Русский' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The edition an Accept-Language header asks for (RFC 9110 §12.5.4): the highest-weighted
 * language we have, by primary subtag ("ko-KR" → ko); English when none matches.
 */
export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return 'en';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [range, ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!isLang(primary) || !(q > 0) || q > 1) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'en';
}
