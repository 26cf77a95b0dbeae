import type { MapVisit } from './map-data';
import { type ViewState, viewVisits } from './view';

/**
 * Visits per page of the visit list. The list is sent twice in the page (HTML and React's
 * payload): 100 rows are about half a megabyte; 4,800 rows were 25 MB, two seconds of server time.
 */
export const LIST_PAGE_SIZE = 100;

export interface ListPage {
  /** 0-based. */
  index: number;
  count: number;
  /** Row range in date order: first inclusive, end exclusive. */
  first: number;
  end: number;
}

export function listPage(total: number, index: number, size = LIST_PAGE_SIZE): ListPage {
  const count = Math.max(1, Math.ceil(total / size));
  const clamped = Math.max(0, Math.min(count - 1, index));
  return { index: clamped, count, first: clamped * size, end: Math.min(total, (clamped + 1) * size) };
}

/** The page that holds the row at `row` (0-based). */
export function pageOfRow(row: number, size = LIST_PAGE_SIZE): number {
  return Math.floor(Math.max(0, row) / size);
}

/** The page a view's list opens on: the one with its visit among its trip's (or all) visits, else the first. */
export function viewListPage(data: { visits: Pick<MapVisit, 'id' | 'trip'>[] }, { trip, visit }: ViewState, size = LIST_PAGE_SIZE): number {
  return visit === null ? 0 : pageOfRow(viewVisits(data.visits, trip).findIndex((v) => v.id === visit), size);
}
