import { type ComponentProps } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { useLocale } from '../ui/locale';

/**
 * Leaflet touches `window` when imported: the map's code loads only in the browser. Setting its
 * modules up (Leaflet's own, react-leaflet's) took 10 ms; asked for before the trips' data has
 * come (ExplorerLoader), that is a task of its own instead of part of the map's first one.
 */
export const loadLeafletMap = () => import('./LeafletMap');

const LeafletMap = lazy(loadLeafletMap);

export function MapView(props: ComponentProps<typeof LeafletMap>) {
  const { m } = useLocale();
  return (
    // The server-drawn preview is on screen meanwhile; this only tells screen readers.
    <Suspense fallback={<p className="visually-hidden">{m.loadingMap}</p>}>
      <LeafletMap {...props} />
    </Suspense>
  );
}
