import { useEffect, useState } from 'preact/hooks';
import type { SteppingState, SteppingStore } from './stepping';

/** The store's state, re-rendering on each change; null without a store (the server's first view). */
export function useStepping(store: SteppingStore | undefined): SteppingState | null {
  const [state, setState] = useState(() => store?.get() ?? null);
  useEffect(() => {
    if (!store) return;
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
