import type { EmbedOptions } from '../content/embed-options';
import type { LegendTrip } from '../content/legend-trips';
import type { ViewState } from '../content/view-params';
import { ExplorerLoader } from './ExplorerLoader';
import { Legend } from './Legend';

/** All that /embed draws, as plain data: the server sends it with the page and the browser hydrates from it. */
export interface EmbedPageProps {
  initialView: ViewState;
  preview: { trip: string | null; title: string };
  notice: string | null;
  embed: EmbedOptions;
  legend: { shown: LegendTrip[]; more: number } | null;
}

/** The map and its stepper, nothing else: for other people's pages. */
export function EmbedPage({ legend, ...props }: EmbedPageProps) {
  return (
    <main className="embed-page">
      <ExplorerLoader {...props} legend={legend && <Legend {...legend} />} list={null} />
    </main>
  );
}
