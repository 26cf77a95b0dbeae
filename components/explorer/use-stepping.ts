import { useEffect, useState } from 'preact/hooks';
import type { SteppingState, SteppingStore } from './stepping';

/** The store's state, re-rendering on each change. */
export function useStepping(store: SteppingStore): SteppingState {
  const [state, setState] = useState(store.get);
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
