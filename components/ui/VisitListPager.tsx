import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { viewListPage } from '../../content/list-pages';
import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import { VisitList } from './VisitList';

/** What the visit list, outside the explorer, follows: the trips' data once loaded, and the view. */
export const ExplorerState = createContext<{ data: MapData | null; view: ViewState }>({ data: null, view: { trip: null, visit: null } });

interface Shown {
  trip: string | null;
  page: number;
}

/**
 * Keeps the visit list on the view: its trip's visits (or all), on the page of the visit in view.
 * The server's list (`children`) stays until the view leaves it; then the list is drawn here from
 * the trips' data, once per trip and page (the overview keeps the page it is on).
 */
export function VisitListPager({ server, children }: { server: Shown; children: ReactNode }) {
  const { data, view } = useContext(ExplorerState);
  const [drawn, setDrawn] = useState<Shown | null>(null);
  const shown = drawn ?? server;
  const page = data && view.visit !== null ? viewListPage(data, view) : view.trip === shown.trip ? shown.page : 0;
  if (data && (view.trip !== shown.trip || page !== shown.page)) setDrawn({ trip: view.trip, page });
  // Drawn once per trip and page, with the visit that opened it as current; within the page the
  // explorer moves the mark itself (re-rendering a hundred rows on every step would cost the step).
  const list = useMemo(
    () => (data && drawn ? <VisitList data={data} trip={drawn.trip} page={drawn.page} current={view.visit} /> : null),
    [data, drawn], // not `view`: see above
  );
  return list ?? children;
}
