import { type Lang, LOCALES } from './lang';

// Messages are data (they travel to the browser in a page's props): "{name}" placeholders, and
// plural forms chosen by the locale's rules.

/** A message with forms per plural category (Russian: one, few, many; Korean: other only). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A dictionary's type from its English: every message a string (or plural forms), so each other language must give every key. */
export type Widen<T> = T extends string ? string : T extends Plural ? Plural : { [K in keyof T]: Widen<T[K]> };

/** "{count} visits" with { count: 3 } → "3 visits". A placeholder with no value stays as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** One Intl formatter per edition and kind, made once: the list formats a row's numbers on every redraw. */
function perLang<T>(make: (locale: string) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, make(LOCALES[lang]));
    return made.get(lang)!;
  };
}
const numbers = perLang((locale) => new Intl.NumberFormat(locale));
const kilometres = perLang((locale) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }));
const plurals = perLang((locale) => new Intl.PluralRules(locale));

/** A number in the edition's locale: "1,234" (en, ko), "1 234" (ru). */
export function formatNumber(lang: Lang, n: number): string {
  return readsAsDigits(n) ? String(n) : numbers(lang).format(n);
}

/**
 * Whole numbers from 0 to 999 read the same in every edition's locale (Latin digits, nothing to
 * group), and writing them so needs no Intl.NumberFormat: a page's first one costs 20–40 ms of
 * its main thread here (ICU's number data), and the counts a map page writes while it starts (the
 * visits in view, a pin's visits) are all this small.
 */
const readsAsDigits = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;

/** "1,234 km", "1,234km", "1 234 км": whole kilometres, the locale's separators and unit. */
export function formatKm(km: number, lang: Lang): string {
  return kilometres(lang).format(km);
}

/** The plural form for n, filled with {n} (in the locale's digits) and any other values. */
export function plural(lang: Lang, forms: Plural, n: number, values: Record<string, string | number> = {}): string {
  const form = forms[plurals(lang).select(n)] ?? forms.other;
  return fill(form, { n: formatNumber(lang, n), ...values });
}

/** A scale bar's distance, as Leaflet's own control writes it: "500 m", "300 km", in the edition's unit symbols. */
export function scaleLabel(metres: number, units: { kilometres: string; metres: string }): string {
  return metres < 1000 ? `${metres} ${units.metres}` : `${metres / 1000} ${units.kilometres}`;
}
