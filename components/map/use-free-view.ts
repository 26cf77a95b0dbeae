import { useEffect, useState } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import type { Box } from '../../geo/label-placement';

/** What floats over the map and hides what is under it: the legend, the buttons and Leaflet's controls. */
const OVER_THE_MAP = '.legend, .embed-open, .open-full, .leaflet-control';

/** The part of the map a reader sees, in Web Mercator pixels at the map's zoom. */
export interface FreeView {
  zoom: number;
  view: Box;
  /** The boxes of what floats over the view. */
  covered: Box[];
}

/**
 * A value worked out from the view and what covers it, after each move and resize (names that
 * would run off the map or under the legend are moved or left out). What covers the map is read
 * when it or the map changes size, not on each move, where reading it would cost a layout. State
 * is set only when `same` says the value changed, so most moves render nothing.
 */
export function useFreeView<T>(compute: (free: FreeView) => T, same: (a: T, b: T) => boolean, initial: T): T {
  const map = useMap();
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const container = map.getContainer();
    // Over the map's container, in its own pixels.
    let overlays: Box[] = [];
    const update = () => {
      const { min, max } = map.getPixelBounds();
      const covered = overlays.map(([l, t, r, b]): Box => [min!.x + l, min!.y + t, min!.x + r, min!.y + b]);
      const next = compute({ zoom: map.getZoom(), view: [min!.x, min!.y, max!.x, max!.y], covered });
      setValue((current) => (same(current, next) ? current : next));
    };
    // Read again on each resize: controls added in the same commit as this effect come after it.
    const shell = container.closest('.map-shell') ?? container;
    const observed = new Set<Element>();
    const observeOverlays = () => {
      for (const element of shell.querySelectorAll(OVER_THE_MAP)) {
        if (observed.has(element)) continue;
        observed.add(element);
        observer.observe(element);
      }
    };
    const observer = new ResizeObserver(() => {
      observeOverlays();
      const origin = container.getBoundingClientRect();
      overlays = [...observed]
        .map((element) => element.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r): Box => [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]);
      update();
    });
    // The map's own size too: the legend and controls keep their size but move with the map's edges.
    observer.observe(container);
    observeOverlays();
    update();
    map.on('moveend', update);
    return () => {
      observer.disconnect();
      map.off('moveend', update);
    };
  }, [map, compute, same]);
  return value;
}
