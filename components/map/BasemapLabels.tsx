import { type DivIcon, divIcon, type LatLngTuple } from 'leaflet';
import { memo } from 'preact/compat';
import { useCallback, useMemo } from 'preact/hooks';
import { Marker } from 'react-leaflet';
import type { Basemap } from '../../content/basemap/basemap';
import { basemapLabelName } from '../../content/basemap/basemap-label-name';
import { useLocale } from '../ui/locale';
import { type Box, overlaps, placeLabels } from '../../geo/label-placement';
import { escapeHtml } from '../../app/_http/html-escape';
import { projectToPixels } from '../../geo/web-mercator';
import { toLatLng } from './leaflet-coords';
import type { PlaceLabelLayout } from './place-labels';
import { measuredTextWidth } from './text-width';
import { type FreeView, useFreeView } from './use-free-view';

interface BasemapLabel {
  name: string;
  coordinates: [number, number];
  /** In `.basemap-label`'s type, letter spacing included. */
  width: number;
  position: LatLngTuple;
  icon: DivIcon;
}

const NO_LABELS: BasemapLabel[] = [];
const sameLabels = (a: BasemapLabel[], b: BasemapLabel[]) => a.length === b.length && a.every((label, i) => label === b[i]);
const within = ([left, top, right, bottom]: Box, box: Box) => box[0] >= left && box[1] >= top && box[2] <= right && box[3] <= bottom;

/**
 * Country and sea names, centred on their points: only where they cover no place pin or name
 * (those matter more), and whole in view, clear of the legend and controls (never cut at an edge).
 */
export const BasemapLabels = memo(function BasemapLabels({ world, labelLayout }: {
  world: Basemap | undefined;
  /** Where place pins and names are at a zoom. */
  labelLayout: (zoom: number) => PlaceLabelLayout;
}) {
  const { lang } = useLocale();
  const labels = useMemo(() => {
    // In .basemap-label's type: country names 11 px spaced out by .15em, sea names 11 px italic.
    const countryWidth = measuredTextWidth({ size: 11 });
    const seaWidth = measuredTextWidth({ size: 11, italic: true });
    return (world?.features ?? []).flatMap((f): BasemapLabel[] => {
      if (f.geometry.type !== 'Point') return [];
      const name = basemapLabelName(f.properties, lang);
      const { kind } = f.properties;
      const coordinates = f.geometry.coordinates as [number, number];
      return [{
        name,
        coordinates,
        width: kind === 'country-label' ? countryWidth(name) + name.length * 11 * 0.15 : seaWidth(name),
        position: toLatLng(coordinates),
        icon: divIcon({ className: `basemap-label ${kind}`, html: `<span lang="${lang}">${escapeHtml(name)}</span>`, iconSize: undefined }),
      }];
    });
  }, [world, lang]);

  // Per zoom, the names that leave place pins and names free, with their boxes.
  const labelsAt = useMemo(() => {
    const byZoom = new Map<number, { label: BasemapLabel; box: Box }[]>();
    return (zoom: number) => {
      const known = byZoom.get(zoom);
      if (known) return known;
      const boxes = labels.map(({ width, coordinates }): Box => {
        const [x, y] = projectToPixels(coordinates, zoom);
        // Capitals and small letters stand about 12 px high.
        return [x - width / 2 - 2, y - 6, x + width / 2 + 2, y + 6];
      });
      const { chosen } = placeLabels(boxes.map((box) => [box]), labelLayout(zoom).taken);
      const free = labels.flatMap((label, i) => (chosen[i] >= 0 ? [{ label, box: boxes[i] }] : []));
      byZoom.set(zoom, free);
      return free;
    };
  }, [labels, labelLayout]);
  const compute = useCallback(
    ({ zoom, view, covered }: FreeView) =>
      labelsAt(zoom).filter(({ box }) => within(view, box) && !covered.some((c) => overlaps(c, box))).map(({ label }) => label),
    [labelsAt],
  );
  const shown = useFreeView(compute, sameLabels, NO_LABELS);

  return (
    <>
      {shown.map((label) => (
        <Marker key={label.name} position={label.position} icon={label.icon} interactive={false} keyboard={false} pane="basemap-labels" />
      ))}
    </>
  );
});
