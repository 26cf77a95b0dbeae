import { render } from 'preact';
import { viewListPage } from '../../content/list-pages';
import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import type { SteppingStore } from '../explorer/stepping';
import { VisitList } from './VisitList';
import { drawRowsWhenIdle } from './draw-rows-when-idle';
import { type Locale, LocaleContext } from './locale';

/** The trip and page of visits the list shows. */
export interface ListShown {
  trip: string | null;
  page: number;
}

/**
 * The list for a view: its trip's visits (or all), on the page of the visit in view; the overview
 * keeps the page it is on.
 */
export function listFor(data: Pick<MapData, 'visits'>, view: ViewState, shown: ListShown): ListShown {
  if (view.visit !== null) return { trip: view.trip, page: viewListPage(data, view) };
  return { trip: view.trip, page: view.trip === shown.trip ? shown.page : 0 };
}

/**
 * The visit list below the map, drawn by the server. Its links are plain links until the trips'
 * data is there; then they step the map in place, and the list follows the view: redrawn when its
 * trip or page changes, its current row marked on every step (re-rendering a hundred rows on every
 * step would cost the step). Returns the function that hands it the data.
 */
export function mountVisitList(container: HTMLElement, store: SteppingStore, server: ListShown, locale: Locale): (data: MapData) => void {
  let data: MapData | null = null;
  let shown = server;
  let drawn = false;
  let stopDrawingRows = drawRowsWhenIdle(container);

  const markCurrent = (visit: string | null) => {
    container.querySelector('li[aria-current="step"]')?.removeAttribute('aria-current');
    if (visit) container.querySelector(`li[data-visit="${CSS.escape(visit)}"]`)?.setAttribute('aria-current', 'step');
  };

  store.subscribe(({ view }, previous) => {
    if (!data || view === previous.view) return;
    const wanted = listFor(data, view, shown);
    if (wanted.trip === shown.trip && wanted.page === shown.page) return markCurrent(view.visit);
    // The server's rows are replaced once, then Preact keeps the list.
    if (!drawn) container.replaceChildren();
    drawn = true;
    shown = wanted;
    render(<LocaleContext.Provider value={locale}><VisitList data={data} trip={shown.trip} page={shown.page} current={view.visit} /></LocaleContext.Provider>, container);
    stopDrawingRows();
    stopDrawingRows = drawRowsWhenIdle(container);
  });

  // "Show on map" shows the map; a page link, or the one to all trips, stays at the list it opened.
  container.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-step-to], a[data-show-all-trips]');
    if (!link || !store.ready() || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (link.dataset.stepTo) store.dispatch({ type: 'show-visit', visit: link.dataset.stepTo });
    else store.dispatch({ type: 'choose-trip', trip: null });
    if (link.classList.contains('show-on-map')) document.getElementById('map')?.scrollIntoView({ block: 'start' });
    else document.getElementById('visits-heading')?.focus();
  });

  return (loaded) => {
    data = loaded;
  };
}
