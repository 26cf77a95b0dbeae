import type { Lang } from './lang';
import type { UiMessages } from './ui-messages';

/** The edition a page is drawn in: its language and its messages (the server puts them in the page's props). */
export interface Locale {
  lang: Lang;
  m: UiMessages;
  /** The lang the page's links carry: the URL's own, or null where the reader's browser chose it (links then let it choose again). */
  linkLang: Lang | null;
}
