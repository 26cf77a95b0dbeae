'use client';

import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { pageOfRow } from '../content/list-pages';
import type { MapData } from '../content/map-data';
import { VisitList } from './VisitList';

/** What the visit list, outside the explorer, follows: the trips' data once loaded, and the visit in view. */
export const ExplorerState = createContext<{ data: MapData | null; visit: string | null }>({ data: null, visit: null });

/**
 * Keeps a paged visit list on the page of the visit in view: the server's page (`children`) until
 * the view leaves it, then that page drawn here from the trips' data. The overview keeps the page.
 */
export function VisitListPager({ serverPage, children }: { serverPage: number; children: ReactNode }) {
  const { data, visit } = useContext(ExplorerState);
  const rowOf = useMemo(() => new Map(data?.visits.map((v, i) => [v.id, i])), [data]);
  // null while the server's page is shown; once the view has left it, the page drawn here.
  const [page, setPage] = useState<number | null>(null);
  const row = visit === null ? undefined : rowOf.get(visit);
  if (row !== undefined && pageOfRow(row) !== (page ?? serverPage)) setPage(pageOfRow(row));
  // A page is drawn once, with the visit that opened it as current; within the page the explorer
  // moves the mark itself (re-rendering a hundred rows on every step would cost the step).
  const drawn = useMemo(
    () => (data && page !== null ? <VisitList data={data} page={page} current={visit} /> : null),
    [data, page], // not `visit`: see above
  );
  return drawn ?? children;
}
