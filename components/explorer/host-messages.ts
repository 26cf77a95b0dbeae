import { useEffect } from 'preact/hooks';
import type { MapData } from '../../content/map-data';

// The embedded map's conversation with the page that frames it:
//   to the host:   { type: "trips-map:visit", trip, visit } on every step,
//                  { type: "trips-map:height", height } when its height changes;
//   from the host: { type: "trips-map:go", visit }.
// The data is public, so messages go to any parent origin ('*').

export type HostMessage =
  | { type: 'trips-map:visit'; trip: string | null; visit: string | null }
  | { type: 'trips-map:height'; height: number };

export function postToHost(message: HostMessage) {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** The visit a valid "go" message from the parent asks for; null for anything else, which is ignored. */
export function goMessageVisit(event: MessageEvent, data: MapData): string | null {
  if (event.source !== window.parent || window.parent === window) return null;
  const message = event.data as unknown;
  if (typeof message !== 'object' || message === null) return null;
  const { type, visit } = message as { type?: unknown; visit?: unknown };
  if (type !== 'trips-map:go' || typeof visit !== 'string') return null;
  return data.visits.some((v) => v.id === visit) ? visit : null;
}

/** Tells the host the document's height whenever it changes, so a resizing snippet can fit the frame. */
export function useHostHeight(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) postToHost({ type: 'trips-map:height', height: (last = height) });
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, [enabled]);
}
