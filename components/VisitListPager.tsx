'use client';

import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { pageOfRow } from '../content/list-pages';
import type { MapData } from '../content/map-data';
import type { ViewState } from '../content/view-params';
import { VisitList } from './VisitList';

/** What the visit list, outside the explorer, follows: the trips' data once loaded, and the view. */
export const ExplorerState = createContext<{ data: MapData | null; view: ViewState }>({ data: null, view: { trip: null, visit: null } });

interface Shown {
  trip: string | null;
  page: number;
}

/** Each visit's row among all visits, and among its trip's. */
function rowsOf(data: MapData): { all: Map<string, number>; inTrip: Map<string, number> } {
  const counts = new Map<string, number>();
  const inTrip = new Map<string, number>();
  for (const v of data.visits) {
    const n = counts.get(v.trip) ?? 0;
    inTrip.set(v.id, n);
    counts.set(v.trip, n + 1);
  }
  return { all: new Map(data.visits.map((v, i) => [v.id, i])), inTrip };
}

/**
 * Keeps the visit list on the view: its trip's visits (or all), on the page of the visit in view.
 * The server's list (`children`) stays until the view leaves it; then the list is drawn here from
 * the trips' data, once per trip and page (the overview keeps the page it is on).
 */
export function VisitListPager({ server, children }: { server: Shown; children: ReactNode }) {
  const { data, view } = useContext(ExplorerState);
  const rows = useMemo(() => (data ? rowsOf(data) : null), [data]);
  const [drawn, setDrawn] = useState<Shown | null>(null);
  const shown = drawn ?? server;
  const row = rows && view.visit !== null ? (view.trip === null ? rows.all : rows.inTrip).get(view.visit) : undefined;
  const page = row !== undefined ? pageOfRow(row) : view.trip === shown.trip ? shown.page : 0;
  if (data && (view.trip !== shown.trip || page !== shown.page)) setDrawn({ trip: view.trip, page });
  // Drawn once per trip and page, with the visit that opened it as current; within the page the
  // explorer moves the mark itself (re-rendering a hundred rows on every step would cost the step).
  const list = useMemo(
    () => (data && drawn ? <VisitList data={data} trip={drawn.trip} page={drawn.page} current={view.visit} /> : null),
    [data, drawn], // not `view`: see above
  );
  return list ?? children;
}
