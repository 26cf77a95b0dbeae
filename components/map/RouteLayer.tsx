import type { LatLngTuple, LeafletMouseEvent, PathOptions, Renderer } from 'leaflet';
import { memo } from 'preact/compat';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { Polyline, useMap } from 'react-leaflet';
import type { MapData, MapLeg, MapTrip } from '../../content/map-data';
import { toLatLng, toLatLngs } from './leaflet-coords';
import type { PopupTarget } from './map-types';
import { LegArrow } from './leg-arrow';
import { canvasRenderer, svgRenderer } from './renderers';
import { ARROW_HALO, legLine } from '../map-style';
import { routeDrawing } from './route-drawing';
import { type LegProgress, legState, type TripProgress } from '../../content/sequence';

/** The pane of the canvas that holds every leg when there are many: under the overlay pane (400), where the current trip is drawn. */
export const UNDERLAY_PANE = 'routes-underlay';
/** The pane of the direction arrows: over every leg (the overlay pane, 400), under the place pins (the marker pane, 600). */
export const ARROW_PANE = 'leg-arrows';

const FADED: Record<LegProgress, number | null> = { done: null, current: null, ahead: 0.25, other: 0.1 };

function legStyle(leg: MapLeg, trip: MapTrip, progress: LegProgress | undefined): PathOptions {
  const { width, dash } = legLine(leg, trip.kind, progress === 'current');
  return {
    color: trip.colour,
    weight: width,
    opacity: (progress && FADED[progress]) ?? (progress === 'current' ? 1 : trip.kind === 'core' ? 0.9 : 0.55),
    dashArray: dash ?? undefined,
    lineCap: 'round',
  };
}

/**
 * An arrow's look: its trip's colour over its halo, faded as its leg is while stepping. Fill and
 * halo fade each on their own (a path has no group opacity), so the halo's inner half shows
 * faintly through a faded fill.
 */
function arrowStyle(colour: string, faded: boolean): PathOptions {
  const opacity = faded ? 0.25 : 1;
  return { color: ARROW_HALO.colour, weight: ARROW_HALO.width, opacity, fillColor: colour, fillOpacity: opacity, lineJoin: 'round' };
}

interface DrawnLeg {
  leg: MapLeg;
  /** Position of the leg's end visit within its trip. */
  toIndex: number;
  positions: LatLngTuple[];
  styleFor: (state: LegProgress | undefined) => PathOptions;
  arrow: { position: LatLngTuple; angle: number; plain: PathOptions; faded: PathOptions } | null;
}

/** One leg; memoised so a step re-renders only the legs whose state changed. */
const LegLine = memo(function LegLine({ drawn, state, arrowRenderer, renderer, onPopup }: {
  drawn: DrawnLeg;
  state: LegProgress | undefined;
  /** Where its arrow is drawn; no arrow when left out. */
  arrowRenderer?: Renderer;
  /** The canvas to draw on; the map's SVG renderer when left out. */
  renderer?: Renderer;
  onPopup: (target: PopupTarget) => void;
}) {
  const { leg, positions, styleFor, arrow } = drawn;
  const eventHandlers = useMemo(
    () => ({ click: (e: LeafletMouseEvent) => onPopup({ kind: 'leg', id: leg.id, at: [e.latlng.lng, e.latlng.lat] }) }),
    [leg.id, onPopup],
  );
  return (
    <>
      <Polyline positions={positions} pathOptions={styleFor(state)} eventHandlers={eventHandlers} renderer={renderer} />
      {arrow && arrowRenderer && (
        <LegArrow position={arrow.position} angle={arrow.angle} renderer={arrowRenderer} className="leg-arrow" interactive={false}
          pathOptions={state === 'ahead' || state === 'other' ? arrow.faded : arrow.plain} />
      )}
    </>
  );
});

/** One trip's legs; memoised on the trip's progress, so a step re-renders only the trips it changes. */
const TripLegs = memo(function TripLegs({ legs, progress, arrowRenderer, onPopup }: {
  legs: DrawnLeg[];
  progress: TripProgress;
  arrowRenderer: Renderer;
  onPopup: (target: PopupTarget) => void;
}) {
  return legs.map((d) => (
    <LegLine key={d.leg.id} drawn={d} state={legState(progress, d.toIndex)} arrowRenderer={arrowRenderer} onPopup={onPopup} />
  ));
});

/**
 * Every leg on one canvas, drawn as in the overview. It never re-renders on a step: its legs
 * render no DOM, and Preact, re-rendering a parent, looks past every memoised child for the
 * next DOM node, which over thousands of legs costs tens of milliseconds. Only a move of the
 * map redraws the canvas.
 */
const Underlay = memo(function Underlay({ drawnByTrip, onPopup }: {
  drawnByTrip: Map<string, DrawnLeg[]>;
  onPopup: (target: PopupTarget) => void;
}) {
  const renderer = useMemo(() => canvasRenderer({ pane: UNDERLAY_PANE }), []);
  return useMemo(
    () => [...drawnByTrip.values()].flat().map((d) => (
      <LegLine key={d.leg.id} drawn={d} state={undefined} renderer={renderer} onPopup={onPopup} />
    )),
    [drawnByTrip, renderer, onPopup],
  );
});

/**
 * Every leg as a line in its trip's colour (dashed where presumed), with an
 * arrow for the direction of travel. While stepping, the legs travelled stay,
 * the leg that reached the visit stands out and the legs to come fade.
 *
 * With many legs, they lie on a canvas that steps leave alone, and only the current
 * trip shows its progress and arrows (see routeDrawing).
 */
export function RouteLayer({ data, progress, activeTrip, currentTrip, onPopup }: {
  data: MapData;
  progress: Map<string, TripProgress>;
  /** The chosen trip, if any. */
  activeTrip: string | null;
  /** The trip being stepped through (the current visit's, or the chosen one). */
  currentTrip: string | null;
  onPopup: (target: PopupTarget) => void;
}) {
  const map = useMap();
  const [arrowRenderer] = useState(() => svgRenderer({ pane: ARROW_PANE }));
  const { underlay, tripsWithProgress } = routeDrawing(data.legs.length, activeTrip, currentTrip);
  // While stepping the whole underlay is faint (the current trip is drawn again on top, with its
  // progress): the pane's opacity, not a style per leg, so the switch redraws nothing.
  useLayoutEffect(() => {
    map.getPane(UNDERLAY_PANE)?.classList.toggle('faint', underlay === 'faint');
  }, [map, underlay]);
  const drawnByTrip = useMemo(() => {
    const tripById = new Map(data.trips.map((t) => [t.id, t]));
    const byTrip = new Map<string, DrawnLeg[]>(data.trips.map((t) => [t.id, []]));
    for (const leg of data.legs) {
      const trip = tripById.get(leg.trip)!;
      // One style object per state, so react-leaflet restyles a leg only when its state changes.
      const styles = new Map<LegProgress | undefined, PathOptions>();
      const styleFor = (state: LegProgress | undefined) => {
        if (!styles.has(state)) styles.set(state, legStyle(leg, trip, state));
        return styles.get(state)!;
      };
      byTrip.get(trip.id)!.push({
        leg,
        toIndex: trip.visits.indexOf(leg.to),
        positions: toLatLngs(leg.coordinates),
        styleFor,
        arrow: leg.arrow && {
          position: toLatLng(leg.arrow.position),
          angle: leg.arrow.angle,
          plain: arrowStyle(trip.colour, false),
          faded: arrowStyle(trip.colour, true),
        },
      });
    }
    return byTrip;
  }, [data]);

  const withProgress = tripsWithProgress === 'all' ? data.trips.map((t) => t.id) : tripsWithProgress ? [tripsWithProgress] : [];
  return (
    <>
      {underlay && <Underlay drawnByTrip={drawnByTrip} onPopup={onPopup} />}
      {withProgress.map((trip) => (
        <TripLegs key={trip} legs={drawnByTrip.get(trip)!} progress={progress.get(trip)!} arrowRenderer={arrowRenderer} onPopup={onPopup} />
      ))}
    </>
  );
}
