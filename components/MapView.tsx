'use client';

import dynamic from 'next/dynamic';

// Leaflet touches `window` when imported, so the map itself loads only in the browser.
export const MapView = dynamic(() => import('./LeafletMap'), {
  ssr: false,
  loading: () => <div className="map-placeholder">Loading the map…</div>,
});
