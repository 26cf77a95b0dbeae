import type { ReactNode } from 'react';
import type { LegendContent } from '../../content/legend-trips';
import type { ViewState } from '../../content/view';
import { ExplorerLoader, type PagePreview } from '../explorer/ExplorerLoader';
import { Legend } from '../ui/Legend';
import { VisitListPager } from '../ui/VisitListPager';

/** All that / draws, as plain data, but for the visit list (see `ServerList`). */
export interface HomePageProps {
  initialView: ViewState;
  preview: PagePreview;
  notice: string | null;
  legend: LegendContent;
  /** The trip and page of the list that the server drew. */
  list: { trip: string | null; page: number };
}

/**
 * The visit list as the server drew it from the trips' data. The browser has no data yet when it
 * hydrates the page, so it takes the list over as it is (`html`: its markup, read from the page).
 */
export function ServerList({ children, html }: { children?: ReactNode; html?: string }) {
  return html === undefined ? <div className="server-list">{children}</div> : <div className="server-list" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The full map page: the explorer, then the visit list that it keeps in step. */
export function HomePage({ legend, list, serverList, ...props }: HomePageProps & { serverList: ReactNode }) {
  return (
    <main>
      <ExplorerLoader
        {...props}
        embed={null}
        legend={<Legend {...legend} />}
        list={<VisitListPager server={list}>{serverList}</VisitListPager>}
      />
    </main>
  );
}
