'use client';

import { useExplorer } from './Explorer';

export function ShowOnMapButton({ visitId, label }: { visitId: string; label: string }) {
  const { showVisit } = useExplorer();
  return (
    <button type="button" className="show-on-map" onClick={() => showVisit(visitId)} aria-label={`Show on map: ${label}`}>
      Show on map
    </button>
  );
}
