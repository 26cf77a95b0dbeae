import type { SVGAttributes } from 'preact';
import type { Lang } from '../../content/i18n/lang';
import { langRuns } from './lang-runs';

/**
 * A `<text>` in a document of language `doc`: text wholly in another language is marked on the
 * element (`xml:lang`), and each stretch in another language within it in a `<tspan>` of its own.
 */
export function SvgText({ doc, text, ...attributes }: { doc: Lang; text: string } & SVGAttributes<SVGTextElement>) {
  const runs = langRuns(text, doc);
  if (runs.length <= 1) {
    const other = runs[0] && runs[0].lang !== doc ? runs[0].lang : undefined;
    return <text {...attributes} {...(other && xmlLang(other))}>{text}</text>;
  }
  return <text {...attributes}>{runs.map((run) => (run.lang === doc ? run.text : <tspan {...xmlLang(run.lang)}>{run.text}</tspan>))}</text>;
}

/** `xml:lang`, spread: Next's compiler refuses namespaced attribute names written in JSX. */
export function xmlLang(lang: string): Record<string, string> {
  return { 'xml:lang': lang };
}
