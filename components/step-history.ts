/**
 * Writes a step's URL into the browser's history without telling Next.js's router.
 *
 * Next.js patches `history.pushState` and `replaceState` so that its router follows URL
 * changes made by hand (for `useSearchParams`). Each call then re-renders the router, and
 * its new context is looked for through the whole React tree: at thousands of visits that
 * walk alone costs a step more than 10 ms. Nothing here reads the URL through the router,
 * so the step calls the browser's own methods. The entry keeps the router's state (`__NA`
 * and its tree), so that on Back and Forward the router still knows the entries as its own.
 */
export function writeStepUrl(url: string, mode: 'push' | 'replace'): void {
  const state = window.history.state as Record<string, unknown> | null;
  const write = mode === 'push' ? History.prototype.pushState : History.prototype.replaceState;
  write.call(window.history, state ? { ...state } : null, '', url);
}
