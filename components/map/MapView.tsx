import { type ComponentProps } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { useLocale } from '../ui/locale';

// Leaflet touches `window` when imported: the map's code loads only when the map is first drawn,
// which happens in the browser only (the explorer is drawn once the trips' data has come).
const LeafletMap = lazy(() => import('./LeafletMap'));

export function MapView(props: ComponentProps<typeof LeafletMap>) {
  const { m } = useLocale();
  return (
    // The server-drawn preview is on screen meanwhile; this only tells screen readers.
    <Suspense fallback={<p className="visually-hidden">{m.loadingMap}</p>}>
      <LeafletMap {...props} />
    </Suspense>
  );
}
