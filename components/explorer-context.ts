'use client';

import { createContext, useContext } from 'react';
import type { ViewState } from '../content/view-params';

export interface ExplorerActions {
  view: ViewState;
  showVisit: (id: string) => void;
}

export const ExplorerContext = createContext<ExplorerActions | null>(null);

/** The explorer's view and actions, for controls rendered outside the map (the visit list). */
export function useExplorer(): ExplorerActions | null {
  return useContext(ExplorerContext);
}
