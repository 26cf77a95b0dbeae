/**
 * Calls `callback` when the browser is idle: within `timeout` ms at the latest, if given. Where
 * there are no idle callbacks (Safari), after `fallback` ms. Returns a cancel function.
 */
export function whenIdle(callback: () => void, { timeout, fallback }: { timeout?: number; fallback: number }): () => void {
  if (window.requestIdleCallback) {
    const handle = window.requestIdleCallback(callback, timeout === undefined ? undefined : { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(callback, fallback);
  return () => window.clearTimeout(timer);
}
