import { viewQuery } from '../../app/_http/view-params';
import { LANG_NAMES, LANGS } from '../../content/i18n/lang';
import type { ViewState } from '../../content/view';
import { useLocale } from './locale';

/** Links to the same view in the other editions (plain links: they work without JavaScript). */
export function LangSwitch({ view }: { view: ViewState }) {
  const { lang, m } = useLocale();
  return (
    <nav className="lang-switch" aria-label={m.language}>
      {LANGS.map((l) => {
        // The language's own name; on a phone its code shows instead (the name stays for screen
        // readers), so the row leaves the scale bar in view.
        const name = <><span className="lang-name">{LANG_NAMES[l]}</span><span className="lang-code" aria-hidden="true">{l.toUpperCase()}</span></>;
        return l === lang
          ? <span key={l} lang={l} aria-current="true">{name}</span>
          : <a key={l} lang={l} hrefLang={l} href={`/${viewQuery(view, l)}`}>{name}</a>;
      })}
    </nav>
  );
}
