import { type MouseEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { MapData } from '../../content/map-data';
import { MAP_DATA_PATH } from '../../app/_http/map-data-path';
import { Explorer, type ExplorerActions, type ExplorerProps, OpenFullLink, shellClass } from './Explorer';
import { MapPreview } from '../ui/MapPreview';
import { previewTheme } from '../../app/_http/map-preview';
import { ExplorerState } from '../ui/VisitListPager';
import { afterNextPaint } from '../ui/use-after-paint';

/** Resolves after the frame that first shows the preview image (at once if it is missing or broken). */
function previewPainted(): Promise<void> {
  const image = document.querySelector<HTMLImageElement>('.map-preview img');
  const decoded = image ? image.decode().catch(() => undefined) : Promise.resolve();
  return decoded.then(() => new Promise((resolve) => afterNextPaint(resolve)));
}

/** The trip and title of the first view's picture, worked out on the server. */
export interface PagePreview {
  trip: string | null;
  title: string;
}

/**
 * The page's map: the server-drawn preview, legend and notice at once, then the
 * interactive explorer once the trips' data has come (fetched, not inlined, so
 * the HTML stays small however large the content). The visit list below keeps
 * its DOM throughout, and steps the map once it is there.
 */
export function ExplorerLoader({ preview, list, ...props }: ExplorerProps & {
  preview: PagePreview;
  list: ReactNode;
}) {
  const [data, setData] = useState<MapData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Fetch at once, but parse (a long task for large content) only once the preview is on screen.
    Promise.all([fetch(MAP_DATA_PATH), previewPainted()])
      .then(([response]) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${MAP_DATA_PATH}`);
        return response.json() as Promise<MapData>;
      })
      .then(setData, (e: Error) => setError(e.message));
  }, []);

  const explorer = useRef<ExplorerActions | null>(null);
  const [view, setView] = useState(props.initialView);
  const state = useMemo(() => ({ data, view }), [data, view]);
  // The list's links move the map in place once it is there (else they are plain links): "Show on
  // map" then shows the map; a page link, or the one to all trips, stays at the list it opened.
  const onListClick = (event: MouseEvent) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-step-to], a[data-show-all-trips]');
    if (!link || !explorer.current || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (link.dataset.stepTo) explorer.current.showVisit(link.dataset.stepTo);
    else explorer.current.chooseTrip(null);
    if (link.classList.contains('show-on-map')) document.getElementById('map')?.scrollIntoView({ block: 'start' });
    else setTimeout(() => document.getElementById('visits-heading')?.focus(), 0);
  };
  const { embed, legend, notice, initialView } = props;

  return (
    <>
      {data ? <Explorer data={data} actions={explorer} onView={setView} {...props} /> : (
        <section id="map" className={shellClass(embed)} aria-label="Map of the trips" data-map-ready="false" aria-busy="true">
          <MapPreview trip={preview.trip} title={preview.title} theme={previewTheme(embed)} />
          {legend}
          {notice && <p className="view-notice" role="alert">{notice}</p>}
          {embed && <OpenFullLink view={initialView} />}
          {embed?.controls !== 'none' && <div className="timeline timeline-loading" aria-hidden="true" />}
          {error && <p className="map-notice" role="alert">The map’s data could not be loaded ({error}); the picture above is the map as drawn on the server.</p>}
        </section>
      )}
      {list && <ExplorerState.Provider value={state}><div onClick={onListClick}>{list}</div></ExplorerState.Provider>}
    </>
  );
}
