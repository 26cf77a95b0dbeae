import { useCallback, useEffect, useRef } from 'preact/hooks';
import { useMap } from 'react-leaflet';

/**
 * How far the legend reaches into the map, in pixels: down from its top edge, or in from its right;
 * and how far down the zoom buttons reach, in the map's top left corner (0 before the map has them).
 */
export interface LegendCover {
  top: number;
  right: number;
  buttonsBottom: number;
}

export const NO_COVER: LegendCover = { top: 0, right: 0, buttonsBottom: 0 };

/**
 * The legend's cover of `area`: the map's container, or, before the map exists, the shell it
 * fills (from the same top, to the same right edge). A layout, where the page has changed since.
 */
export function measureLegendCover(area: Element): LegendCover {
  const map = area.getBoundingClientRect();
  const buttons = area.querySelector('.leaflet-control-zoom')?.getBoundingClientRect();
  const buttonsBottom = buttons ? Math.max(0, Math.round(buttons.bottom - map.top)) : 0;
  const box = area.closest('.map-shell')?.querySelector('.legend')?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return { ...NO_COVER, buttonsBottom };
  // Across the top (a phone's legend), or folded into a bar there: popups and visits go below it.
  if (box.width > map.width / 2 || box.height < map.height / 4) return { top: Math.max(0, Math.round(box.bottom - map.top)), right: 0, buttonsBottom };
  // Open down the right side: they go left of it.
  return { top: 0, right: Math.max(0, Math.round(map.right - box.left)), buttonsBottom };
}

/**
 * The legend's cover of the map, for placing a visit and its popup clear of it: at 800 × 500, an
 * embed's popup lay half under the open legend, its close button too. A getter, read when a step
 * places them: it measures (a layout) only after the legend or the map has changed size.
 */
export function useLegendCover(): () => LegendCover {
  const map = useMap();
  const measured = useRef<LegendCover | null>(null);
  useEffect(() => {
    const container = map.getContainer();
    const observer = new ResizeObserver(() => {
      measured.current = null;
    });
    observer.observe(container);
    const legend = container.closest('.map-shell')?.querySelector('.legend');
    if (legend) observer.observe(legend);
    return () => observer.disconnect();
  }, [map]);
  return useCallback(() => (measured.current ??= measureLegendCover(map.getContainer())), [map]);
}
