import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../../content/i18n/locale';
import type { MaybeUntranslated } from '../../content/map-data';

export type { Locale };

export const LocaleContext = createContext<Locale | null>(null);

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale: the tree is not inside a <LocaleContext.Provider>');
  return locale;
}

/**
 * A translated field of an item. Where its translation is pending the English shows, marked with
 * its language and as not yet translated.
 */
export function Field({ item, field, children }: { item: MaybeUntranslated; field: string; children: ComponentChildren }) {
  const { m } = useLocale();
  if (!item.untranslated?.includes(field)) return <>{children}</>;
  return (
    <>
      <span lang="en">{children}</span> <small className="untranslated">({m.untranslated})</small>
    </>
  );
}
