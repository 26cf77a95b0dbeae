'use client';

import { createContext, useContext } from 'react';
export interface ExplorerActions {
  showVisit: (id: string) => void;
}

export const ExplorerContext = createContext<ExplorerActions | null>(null);

/** The explorer's actions, for controls rendered outside the map (the visit list). Stable across steps. */
export function useExplorer(): ExplorerActions | null {
  return useContext(ExplorerContext);
}
