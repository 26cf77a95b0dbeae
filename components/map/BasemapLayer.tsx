import { type GeoJSON as GeoJSONLayer, geoJSON, type GeoJSONOptions, type PathOptions } from 'leaflet';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useMap } from 'react-leaflet';
import { useMapZoom } from './use-map-zoom';
import type { Basemap, BasemapProperties, BasemapTopology } from '../../content/basemap/basemap';
import { feature } from 'topojson-client';
import { BASEMAP_LEVELS, type BasemapLevel, basemapPath } from '../../content/basemap/basemap-levels';
import type { PlaceLabelLayout } from './place-labels';
import { BasemapLabels } from './BasemapLabels';
import { canvasRenderer } from './renderers';
import { BORDER_LINE, type Palette as MapPalette, PALETTES, REGION_BORDER_LINE, RIVER_LINE } from '../map-style';
import { escapeHtml } from '../../app/_http/html-escape';
import { useLocale } from '../ui/locale';
import { whenIdle } from '../ui/when-idle';


/**
 * Which levels are drawn at a zoom, bottom first. The world stays under the finer levels: they
 * cover only boxes (each masks the coarser coast inside its own), and a view can reach past them.
 */
function levelsAt(zoom: number): BasemapLevel[] {
  if (zoom < 4.5) return ['world'];
  if (zoom < 8) return ['world', 'region'];
  return ['world', 'region', 'detail'];
}

type Palette = Pick<MapPalette, 'land' | 'sea' | 'border' | 'river' | 'regionBorder'>;

/**
 * The theme's colours as the stylesheet sets them on the map (from components/map-style.ts): the
 * canvas cannot read CSS itself, and only the stylesheet knows whether "auto" is dark.
 */
function paletteOf(element: HTMLElement): Palette {
  const css = getComputedStyle(element);
  // The stylesheet's names are kebab-case (map-style.ts): regionBorder is --region-border.
  const read = (name: keyof Palette) => css.getPropertyValue(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).trim() || PALETTES.light[name];
  return { land: read('land'), sea: read('sea'), border: read('border'), river: read('river'), regionBorder: read('regionBorder') };
}

function styleWith(palette: Palette) {
  return (feature?: { properties: BasemapProperties }): PathOptions => {
    switch (feature?.properties.kind) {
      case 'border':
        return { color: palette.border, weight: BORDER_LINE.width, dashArray: BORDER_LINE.dash, fill: false };
      case 'river':
        return { color: palette.river, weight: RIVER_LINE.width, fill: false };
      case 'region-border':
        return { color: palette.regionBorder, weight: REGION_BORDER_LINE.width, dashArray: REGION_BORDER_LINE.dash, fill: false };
      case 'sea-mask':
      case 'lake':
        return { stroke: false, fillColor: palette.sea, fillOpacity: 1 };
      default:
        // Fill only: a stroke would also trace the straight edges where a level is clipped.
        return { stroke: false, fillColor: palette.land, fillOpacity: 1 };
    }
  };
}

/**
 * The bundled Natural Earth basemap: the level for the current zoom, fetched
 * from the app itself the first time it is needed. Reports when the levels for
 * the current view are drawn (or could not be loaded).
 */
export const BasemapLayer = memo(function BasemapLayer({ onSettled, labelLayout }: {
  onSettled: (error: string | null) => void;
  /** Where place pins and names are at a zoom: country and sea names leave them free. */
  labelLayout: (zoom: number) => PlaceLabelLayout;
}) {
  const map = useMap();
  const zoom = useMapZoom();
  const { m } = useLocale();
  const [loaded, setLoaded] = useState<Partial<Record<BasemapLevel, Basemap>>>({});
  const [error, setError] = useState<string | null>(null);

  // Canvas, not SVG: thousands of outline paths redraw faster as pixels than as DOM nodes on every move.
  const renderer = useMemo(() => canvasRenderer({ pane: 'basemap' }), []);
  const style = useMemo(() => styleWith(paletteOf(map.getContainer())), [map]);
  const wantedKey = levelsAt(zoom).join();
  /** The levels drawn at this zoom: the same array until the zoom crosses a level's threshold. */
  const wanted = useMemo(() => wantedKey.split(',') as BasemapLevel[], [wantedKey]);
  // Once the first view is drawn, fetch the other levels in idle time, so zooming in later
  // neither waits for them nor stalls a step while they are parsed.
  const [prefetch, setPrefetch] = useState(false);
  const fetchKey = prefetch ? BASEMAP_LEVELS.join() : wantedKey;
  const requested = useRef(new Set<BasemapLevel>());
  useEffect(() => {
    for (const level of fetchKey.split(',') as BasemapLevel[]) {
      if (requested.current.has(level)) continue;
      requested.current.add(level);
      fetch(basemapPath(level))
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status} for ${basemapPath(level)}`);
          return response.json() as Promise<BasemapTopology>;
        })
        .then((topology) => setLoaded((current) => ({ ...current, [level]: feature(topology, topology.objects.basemap) as Basemap })))
        .catch((e: Error) => setError(e.message));
    }
  }, [fetchKey]);

  // Each level becomes Leaflet layers once and is then only added or removed as the zoom
  // crosses a threshold: parsing a level anew on every crossing costs more than a step may.
  const layers = useRef(new Map<BasemapLevel, GeoJSONLayer>());
  useEffect(() => {
    for (const [level, basemap] of Object.entries(loaded) as [BasemapLevel, Basemap][]) {
      let layer = layers.current.get(level);
      if (!layer) {
        layer = geoJSON(basemap, {
          style: style as GeoJSONOptions['style'],
          interactive: false,
          pane: 'basemap',
          renderer,
          filter: (f) => f.geometry.type !== 'Point',
        } as GeoJSONOptions);
        layers.current.set(level, layer);
      }
      if (wanted.includes(level) && !map.hasLayer(layer)) layer.addTo(map);
      if (!wanted.includes(level) && map.hasLayer(layer)) layer.remove();
    }
    // Levels load in any order, and a canvas draws in the order layers arrive: restack coarse to fine,
    // so the detail level's sea masks cover the coarser coast below them.
    const drawn = BASEMAP_LEVELS.filter((l) => layers.current.has(l) && map.hasLayer(layers.current.get(l)!));
    for (const level of drawn) layers.current.get(level)!.bringToFront();
    // The canvas has no DOM to inspect: name the levels drawn on the container.
    map.getContainer().dataset.basemap = drawn.join(' ');
  }, [loaded, wanted, map, renderer, style]);
  useEffect(() => () => layers.current.forEach((layer) => layer.remove()), []);

  // One credit for every level, given once. As a layer's option it goes to each of the layer's
  // features, and Leaflet rewrites the attribution control for each one added or removed: 2.5 ms
  // of a step that crosses a level.
  useEffect(() => {
    const credit = `${escapeHtml(m.basemapCredit)}: <a href="https://www.naturalearthdata.com/">Natural Earth</a>`;
    map.attributionControl?.addAttribution(credit);
    return () => {
      map.attributionControl?.removeAttribution(credit);
    };
  }, [map, m.basemapCredit]);

  const settled = error !== null || wanted.every((level) => loaded[level]);
  useEffect(() => {
    if (settled) onSettled(error);
  }, [settled, error, onSettled]);
  useEffect(() => {
    if (!settled || prefetch) return;
    return whenIdle(() => setPrefetch(true), { fallback: 200 });
  }, [settled, prefetch]);

  return <BasemapLabels world={loaded.world} labelLayout={labelLayout} />;
});
