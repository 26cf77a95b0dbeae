import { useEffect, useMemo, useState } from 'preact/hooks';
import { useMap, useMapEvents } from 'react-leaflet';

/**
 * The map's current zoom as state. Read again after mount as well: a view set
 * during the first commit (a step URL opened cold) ends before zoomend
 * listeners are attached.
 */
export function useMapZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // One handler object for the map's life: useMapEvents rebinds whenever its identity changes.
  const handlers = useMemo(() => ({ zoomend: () => setZoom(map.getZoom()) }), [map]);
  useMapEvents(handlers);
  useEffect(() => setZoom(map.getZoom()), [map]);
  return zoom;
}
