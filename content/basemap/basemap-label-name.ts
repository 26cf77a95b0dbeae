import type { Lang, TranslatedLang } from '../i18n/lang';

// The country and sea names of the basemap (basemap-labels.json) in each edition, as that
// language's maps write them: English and Russian country names in capitals (Russian atlases set
// them so), sea names in sentence case; Korean as South Korean maps and press write them (북한,
// 한국, 동해 for the Sea of Japan, 황해 for the Yellow Sea). Safe for the browser.

/** A label's text in the translated editions; English is the label's `name`. */
export type LabelNames = Record<TranslatedLang, string>;

/** A basemap label's text in an edition: its own name there, else the English. */
export function basemapLabelName(properties: { name?: string; names?: Partial<LabelNames> }, lang: Lang): string {
  return (lang === 'en' ? undefined : properties.names?.[lang]) ?? properties.name ?? '';
}
