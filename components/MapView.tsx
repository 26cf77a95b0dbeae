'use client';

import dynamic from 'next/dynamic';

// Leaflet touches `window` when imported, so the map itself loads only in the browser.
export const MapView = dynamic(() => import('./LeafletMap'), {
  ssr: false,
  // The server-rendered preview is on screen meanwhile; this only tells screen readers.
  loading: () => <p className="visually-hidden">Loading the interactive map…</p>,
});
