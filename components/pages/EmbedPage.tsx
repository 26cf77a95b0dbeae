import type { EmbedOptions } from '../../app/_http/embed-options';
import type { LegendContent } from '../../content/legend-trips';
import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import { ExplorerLoader, type PagePreview } from '../explorer/ExplorerLoader';
import type { SteppingStore } from '../explorer/stepping';
import { Legend } from '../ui/Legend';
import type { Locale } from '../ui/locale';

/** All that /embed draws, as plain data: the server sends it with the page and the browser hydrates from it. */
export interface EmbedPageProps {
  locale: Locale;
  /** The edition's map data (hashed name). */
  dataUrl: string;
  initialView: ViewState;
  preview: PagePreview;
  notice: string | null;
  embed: EmbedOptions;
  legend: LegendContent | null;
}

/** The map and its stepper, nothing else: for other people's pages. */
export function EmbedPage({ legend, locale: _locale, ...props }: EmbedPageProps & { store?: SteppingStore; onData?: (data: MapData) => void }) {
  return (
    <main className="embed-page">
      <ExplorerLoader {...props} legend={legend && <Legend {...legend} />} />
    </main>
  );
}
