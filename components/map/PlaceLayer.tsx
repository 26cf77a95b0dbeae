import { type DivIcon, divIcon, type LatLngTuple, type LeafletEventHandlerFnMap, type LeafletKeyboardEvent } from 'leaflet';
import { memo } from 'preact/compat';
import { useCallback, useMemo } from 'preact/hooks';
import { Marker } from 'react-leaflet';
import { useMapZoom } from './use-map-zoom';
import type { MapData } from '../../content/map-data';
import { toLatLng } from './leaflet-coords';
import type { PlaceMarker } from '../../content/place-markers';
import { escapeHtml } from '../../app/_http/html-escape';
import { type LabelSide, namesAtEdges, type PlaceLabelLayout, type PlacedMarker } from './place-labels';
import { type FreeView, useFreeView } from './use-free-view';
import { plural } from '../../content/i18n/format';
import { type Locale, useLocale } from '../ui/locale';

function markerName(marker: PlaceMarker, { lang, m }: Locale): string {
  const name = marker.lead.name[lang];
  if (marker.visitCount === 0) return name;
  const visits = plural(lang, m.markerVisits, marker.visitCount);
  if (marker.members.length === 1) return `${name}: ${visits}`;
  const others = marker.members.length - 1;
  return plural(lang, marker.separable ? m.markerNearby : m.markerSamePosition, others, { name, visits });
}

/**
 * The pin and its label in one icon. The label is laid out by CSS, not by a
 * Leaflet tooltip, which measures itself (a forced layout) on every redraw.
 * Both are decoration: the marker's accessible name is its title.
 */
function markerIcon({ marker, size }: PlacedMarker, side: LabelSide | null, colourOf: Map<string, string>) {
  const label = side ? `<span class="place-label ${side}" aria-hidden="true">${escapeHtml(marker.lead.label)}</span>` : '';
  if (marker.visitCount === 0) {
    return divIcon({ className: 'place-pin reference', html: `<span class="pin" aria-hidden="true"></span>${label}`, iconSize: [size, size] });
  }
  const colour = marker.trips.length === 1 ? colourOf.get(marker.trips[0]) : '#1d2733';
  const count = marker.members.length > 1 ? `<b>${marker.members.length}</b>` : '';
  return divIcon({
    className: `place-pin${marker.members.length > 1 ? ' folded' : ''}`,
    html: `<span class="pin" style="background:${colour}" aria-hidden="true">${count}</span>${label}`,
    iconSize: [size, size],
  });
}

/**
 * What stays the same for a marker across zooms, kept by its key: react-leaflet updates a marker
 * only where a prop's identity changes, so a zoom change rebuilds only the icons whose pin or
 * label changed, and moves and rebinds no marker.
 */
interface MarkerParts {
  position: LatLngTuple;
  eventHandlers: LeafletEventHandlerFnMap;
}

/**
 * Caches kept as long as their owner: the icons for one colour map, the marker parts for one click
 * handler. A new owner (new content, a new handler) starts an empty cache; an old one is dropped
 * with its owner. (Not useMemo, which may forget a value whenever it likes: a memo is no store.)
 */
const iconCaches = new WeakMap<object, Map<string, DivIcon>>();
const partCaches = new WeakMap<object, Map<string, MarkerParts>>();

function cacheFor<V>(caches: WeakMap<object, Map<string, V>>, owner: object): Map<string, V> {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  return cache;
}

type MovedNames = ReadonlyMap<PlacedMarker, LabelSide | null>;
const NONE: MovedNames = new Map();
const sameMoves = (a: MovedNames, b: MovedNames) => a.size === b.size && [...a].every(([m, side]) => b.has(m) && b.get(m) === side);

/** The names moved or left out so as not to run off the map or under what covers it (see namesAtEdges). */
function useNamesAtEdges(labelLayout: (zoom: number) => PlaceLabelLayout): MovedNames {
  const compute = useCallback(({ zoom, view, covered }: FreeView) => namesAtEdges(labelLayout(zoom), view, covered), [labelLayout]);
  return useFreeView(compute, sameMoves, NONE);
}

/** One marker per place, folded with its neighbours where they would overlap at the current zoom. */
export const PlaceLayer = memo(function PlaceLayer({ data, labelLayout, activeTrip, onPin }: {
  data: MapData;
  labelLayout: (zoom: number) => PlaceLabelLayout;
  /** When one trip is chosen, places it did not visit fade. */
  activeTrip: string | null;
  /** A click on a pin: the place, or the neighbours folded into it. */
  onPin: (places: string[]) => void;
}) {
  const zoom = useMapZoom();
  const atEdges = useNamesAtEdges(labelLayout);

  const colourOf = useMemo(() => new Map(data.trips.map((t) => [t.id, t.colour])), [data]);
  const locale = useLocale();
  const icons = cacheFor(iconCaches, colourOf);
  const parts = cacheFor(partCaches, onPin);
  const markers = useMemo(
    () =>
      labelLayout(zoom).markers.map((placed) => {
        const { marker } = placed;
        const key = marker.members.map((m) => m.id).join('+');
        const side = atEdges.has(placed) ? atEdges.get(placed)! : placed.label;
        const iconKey = `${key}|${placed.size}|${side}`;
        if (!icons.has(iconKey)) icons.set(iconKey, markerIcon(placed, side, colourOf));
        if (!parts.has(key)) {
          parts.set(key, {
            position: toLatLng(marker.lead.coordinates),
            eventHandlers: {
              click: () => onPin(marker.members.map((m) => m.id)),
              // A pin is a button (Leaflet gives it the role): Enter and Space press it.
              keypress: (event: LeafletKeyboardEvent) => {
                const key = event.originalEvent.key;
                if (key !== 'Enter' && key !== ' ') return;
                event.originalEvent.preventDefault();
                onPin(marker.members.map((m) => m.id));
              },
            },
          });
        }
        return { marker, key, icon: icons.get(iconKey)!, title: markerName(marker, locale), ...parts.get(key)! };
      }),
    [labelLayout, zoom, atEdges, colourOf, icons, parts, onPin, locale],
  );

  return (
    <>
      {markers.map(({ marker, key, position, icon, title, eventHandlers }) => (
        <Marker
          key={key}
          position={position}
          icon={icon}
          title={title}
          alt={title}
          opacity={activeTrip && !marker.trips.includes(activeTrip) ? 0.35 : 1}
          interactive={marker.visitCount > 0}
          keyboard={marker.visitCount > 0}
          riseOnHover
          eventHandlers={eventHandlers}
        />
      ))}
    </>
  );
});
