import { useEffect, useState } from 'preact/hooks';
import type { ViewState } from '../../content/view';
import type { SteppingStore } from './stepping';

/**
 * The store's view once it has stayed the same for `ms`, for work that need not follow every step;
 * null until the view first changes. Only a settled view re-renders the caller, not each step.
 */
export function useSettledView(store: SteppingStore | undefined, ms: number): ViewState | null {
  const [settled, setSettled] = useState<ViewState | null>(null);
  useEffect(() => {
    if (!store) return undefined;
    let timer: number | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.view === previous.view) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setSettled(state.view), ms);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, ms]);
  return settled;
}
