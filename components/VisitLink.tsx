'use client';

import type { MouseEvent } from 'react';
import { viewQuery } from '../content/view-params';
import { useExplorer } from './explorer-context';

/** A link to a visit's step URL; with JavaScript it steps the map there instead of reloading. */
export function VisitLink({ visitId, label }: { visitId: string; label: string }) {
  const explorer = useExplorer();
  const onClick = (event: MouseEvent) => {
    if (!explorer || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    explorer.showVisit(visitId);
    document.getElementById('map')?.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="show-on-map" href={`/${viewQuery({ trip: null, visit: visitId })}#map`} onClick={onClick} aria-label={`Show on map: ${label}`}>
      Show on map
    </a>
  );
}
