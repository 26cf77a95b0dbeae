'use client';

import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import type { MapData } from '../content/map-data';
import type { PopupTarget, VisitFocus } from './map-types';
import { MapView } from './MapView';

interface ExplorerActions {
  showVisit: (id: string) => void;
}

const ExplorerContext = createContext<ExplorerActions | null>(null);

export function useExplorer(): ExplorerActions {
  const actions = useContext(ExplorerContext);
  if (!actions) throw new Error('useExplorer must be used inside <Explorer>');
  return actions;
}

/** Holds what the map shows and lets the server-rendered legend and list drive it. */
export function Explorer({ data, legend, list }: { data: MapData; legend: ReactNode; list: ReactNode }) {
  const [popup, setPopup] = useState<PopupTarget | null>(null);
  const [focus, setFocus] = useState<VisitFocus | null>(null);
  const [ready, setReady] = useState(false);
  const seq = useRef(0);
  const mapRef = useRef<HTMLElement>(null);

  const showVisit = useCallback((id: string) => {
    seq.current += 1;
    setFocus({ id, seq: seq.current });
    mapRef.current?.scrollIntoView({ block: 'start' });
  }, []);
  const onReady = useCallback(() => setReady(true), []);

  return (
    <ExplorerContext.Provider value={{ showVisit }}>
      <section ref={mapRef} id="map" className="map-shell" aria-label="Map of the trips" data-map-ready={ready ? 'true' : 'false'}>
        <MapView data={data} popup={popup} onPopup={setPopup} focus={focus} onReady={onReady} />
        {legend}
      </section>
      {list}
    </ExplorerContext.Provider>
  );
}
