import type { Lang, TranslatedLang } from './lang';

// Which script each translated edition writes in, and which language a text is in by its script:
// the validation's "written in Hangul" checks and the lang attributes of mixed-script text (sources
// quoted as published, English shown while a translation is pending) both read it here.

export const SCRIPTS: Record<TranslatedLang, { pattern: RegExp; name: string }> = {
  ko: { pattern: /\p{Script=Hangul}/u, name: 'Hangul' },
  ru: { pattern: /\p{Script=Cyrillic}/u, name: 'Cyrillic' },
};

/** A character's language by its script (Latin letters are English, the one Latin-script language quoted); null for digits, spaces and punctuation. */
export function charLang(char: string): Lang | null {
  if (SCRIPTS.ko.pattern.test(char)) return 'ko';
  if (SCRIPTS.ru.pattern.test(char)) return 'ru';
  if (/\p{Script=Latin}/u.test(char)) return 'en';
  return null;
}

/** A text's language: Korean if it holds Hangul, Russian if Cyrillic, else English. */
export function textLang(text: string): Lang {
  if (SCRIPTS.ko.pattern.test(text)) return 'ko';
  if (SCRIPTS.ru.pattern.test(text)) return 'ru';
  return 'en';
}
