import type { ComponentChildren } from 'preact';
import type { LegendContent } from '../../content/legend-trips';
import type { ViewState } from '../../content/view';
import { ExplorerLoader, type PagePreview } from '../explorer/ExplorerLoader';
import type { SteppingStore } from '../explorer/stepping';
import { Legend } from '../ui/Legend';
import type { ListShown } from '../ui/visit-list-island';
import type { Locale } from '../ui/locale';

/** All that / draws, as plain data, but for the visit list (drawn from the trips' data). */
export interface HomePageProps {
  locale: Locale;
  /** The edition's map data (hashed name). */
  dataUrl: string;
  initialView: ViewState;
  preview: PagePreview;
  notice: string | null;
  legend: LegendContent;
  /** The trip and page of the list that the server drew. */
  list: ListShown;
}

export const EXPLORER_ISLAND = 'explorer-island';
export const LIST_ISLAND = 'visit-list-island';

/** The explorer's island: the same tree on the server (first view) and in the browser. */
export function HomeExplorer({ legend, list: _list, locale: _locale, ...props }: HomePageProps & { store?: SteppingStore; onData?: Parameters<typeof ExplorerLoader>[0]['onData'] }) {
  return <ExplorerLoader {...props} embed={null} legend={<Legend {...legend} />} />;
}

/** The full map page: the explorer, then the visit list that it keeps in step. */
export function HomePage({ visitList, ...props }: HomePageProps & { visitList: ComponentChildren }) {
  return (
    <main>
      <div id={EXPLORER_ISLAND} className="explorer-island">
        <HomeExplorer {...props} />
      </div>
      <div id={LIST_ISLAND} className="visit-list-island">{visitList}</div>
    </main>
  );
}
