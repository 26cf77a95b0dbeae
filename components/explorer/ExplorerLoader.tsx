import { useCallback, useEffect, useState } from 'preact/hooks';
import { previewTheme } from '../../app/_http/map-preview';
import type { MapData } from '../../content/map-data';
import { previewTrip, type ViewState } from '../../content/view';
import { viewTitle } from '../../content/view-title';
import { MapPreview } from '../ui/MapPreview';
import { afterNextPaint } from '../ui/use-after-paint';
import { loadLeafletMap } from '../map/MapView';
import { Explorer, type ExplorerProps, shellClass, shellHandlers } from './Explorer';
import { useSettledView } from './use-settled-view';
import type { SteppingStore } from './stepping';
import { useLocale } from '../ui/locale';

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
 * The page's map: the server-drawn preview, legend and notice at once (and alone, without
 * JavaScript), then the interactive map once the trips' data has come (fetched, not inlined, so the
 * HTML stays small however large the content), in the same tree (Explorer).
 */
export function ExplorerLoader({ preview, dataUrl, initialView, notice, store, onData, ...props }: ExplorerProps & {
  preview: PagePreview;
  /** The edition's map data, under its content's hash. */
  dataUrl: string;
  initialView: ViewState;
  notice: string | null;
  /** Absent on the server, which draws the first view only. */
  store?: SteppingStore;
  /** Told once the data is there (the visit list steps the map from then on). */
  onData?: (data: MapData) => void;
}) {
  const [data, setData] = useState<MapData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    // Fetch at once, but parse (a long task for large content) only once the preview is on screen;
    // set the map's code up in the meantime, in a task of its own.
    // Busy from here until the map is ready: not in the server's HTML, which without JavaScript
    // is all there is, and would stay busy.
    setLoading(true);
    const painted = previewPainted();
    painted.then(() => afterNextPaint(loadLeafletMap));
    Promise.all([fetch(dataUrl), painted])
      .then(([response]) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${dataUrl}`);
        return response.json() as Promise<MapData>;
      })
      .then((loaded) => {
        setData(loaded);
        onData?.(loaded);
      }, (e: Error) => setError(e.message));
  }, [onData, dataUrl]);

  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  // The picture is hidden under the ready map and seen only in print: it follows the view once the
  // reader pauses, not on every step (a new trip's picture is a fetch and an SVG parse).
  const printedView = useSettledView(store, 500);
  const { embed } = props;
  const { m } = useLocale();
  const picture = data && printedView ? { trip: previewTrip(data, printedView), title: viewTitle(data, printedView, m) } : preview;
  // One shell, and the picture its first child, before and after the explorer takes over: a new
  // picture element would have the browser ask for the picture again.
  return (
    <section
      id="map"
      className={shellClass(embed)}
      aria-label={m.mapLabel}
      data-map-ready={ready ? 'true' : 'false'}
      aria-busy={loading && !ready && !error ? 'true' : undefined}
      {...(data && store ? shellHandlers(store.dispatch) : {})}
    >
      <MapPreview trip={picture.trip} title={picture.title} theme={previewTheme(embed)} />
      <Explorer data={data} store={store} initialView={initialView} notice={notice} error={error} onReady={onReady} {...props} />
    </section>
  );
}
