import { useEffect } from 'preact/hooks';

/** On a phone the legend starts folded so the map is visible; it stays one tap away. */
export function LegendCollapser() {
  useEffect(() => {
    const legend = document.getElementById('legend') as HTMLDetailsElement | null;
    if (legend && window.matchMedia('(max-width: 640px)').matches) legend.open = false;
  }, []);
  return null;
}
