import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { control } from 'leaflet';
import { Pane, useMap } from 'react-leaflet';
import { MapContainer } from './react-leaflet-types';
import { BASEMAP_MAX_ZOOM, MAP_MAX_ZOOM } from '../../content/basemap/basemap-levels';
import type { MapData } from '../../content/map-data';
import { BasemapLayer } from './BasemapLayer';
import { MapPopup } from './MapPopup';
import type { PlaybackLeg, PopupTarget, TripFit, VisitFocus } from './map-types';
import type { MapMove } from '../explorer/stepping';
import { Playback } from './Playback';
import type { TripProgress } from '../../content/sequence';
import { PlaceLayer } from './PlaceLayer';
import { PLACE_NAME_STYLE, placeLabelLayout } from './place-labels';
import { svgRenderer } from './renderers';
import { ARROW_PANE, RouteLayer, UNDERLAY_PANE } from './RouteLayer';
import { TileBasemap } from './TileBasemap';
import { measuredTextWidth } from './text-width';
import { tileConfig } from '../../app/_http/tile-config';
import { toLatLngBounds } from './leaflet-coords';
import { FitTrip } from './FitTrip';
import { FocusOnVisit } from './FocusOnVisit';
import { measureLegendCover, NO_COVER, useLegendCover } from './legend-cover';
import { fill } from '../../content/i18n/format';
import { useLocale } from '../ui/locale';
import { ScaleBar } from './ScaleBar';
import { useAfterPaint } from '../ui/use-after-paint';
import { placeMarkersFlat } from './marker-position';

placeMarkersFlat();

export interface LeafletMapProps {
  data: MapData;
  popup: PopupTarget | null;
  onPopup: (target: PopupTarget | null) => void;
  /** A click on a place's pin (its folded neighbours with it). */
  onPin: (places: string[]) => void;
  /** What the view asks of the map: a visit to bring into view, or a trip to fit. */
  move: MapMove | null;
  onReady: () => void;
  progress: Map<string, TripProgress>;
  /** Draw the configured raster tiles (if any) over the bundled basemap. */
  tiles: boolean;
  activeTrip: string | null;
  /** The trip of the current visit, or the chosen trip. */
  currentTrip: string | null;
  playback: PlaybackLeg | null;
  speed: number;
  onPlaybackArrived: () => void;
}

/**
 * Room beside the easternmost pins for a name of about ten letters (Khabarovsk, Vladivostok):
 * names sit to the right of their pins, and without it the fit ends them under the legend.
 */
const NAME_ROOM = 90;

/** Room the legend takes over the map, so the first view fits the trips into what is left. */
function fitPadding(): { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] } {
  const shell = document.querySelector('.map-shell');
  const { top, right } = shell ? measureLegendCover(shell) : NO_COVER;
  return { paddingTopLeft: [16, top ? top + 8 : 16], paddingBottomRight: [right ? right + 12 + NAME_ROOM : 16, 16] };
}

/**
 * Leaflet's zoom buttons, in the reader's language. Added in a layout effect, not react-leaflet's
 * `<ZoomControl>` (a passive effect): a visit opened with the page is placed and its popup given
 * its room in the first commit's layout effects, and a phone's popup must know where the buttons
 * end (MapPopup).
 */
function ZoomButtons({ zoomInTitle, zoomOutTitle }: { zoomInTitle: string; zoomOutTitle: string }) {
  const map = useMap();
  useLayoutEffect(() => {
    const buttons = control.zoom({ position: 'topleft', zoomInTitle, zoomOutTitle }).addTo(map);
    return () => { buttons.remove(); };
  }, [map, zoomInTitle, zoomOutTitle]);
  return null;
}

/** The map's zoom on its container, where tests and tools can read it (`data-zoom`). */
function ZoomAttribute() {
  const map = useMap();
  useEffect(() => {
    const write = () => { map.getContainer().dataset.zoom = String(map.getZoom()); };
    write();
    map.on('zoomend', write);
    return () => { map.off('zoomend', write); };
  }, [map]);
  return null;
}

/** A step's jump and the popup, placed clear of the legend by one measure of it, shared. */
function VisitFocusAndPopup({ data, focus, popup, onPopup, onClose, activeTrip }: {
  data: MapData;
  activeTrip: string | null;
  focus: VisitFocus | null;
  popup: PopupTarget | null;
  onPopup: (target: PopupTarget | null) => void;
  onClose: () => void;
}) {
  const legendCover = useLegendCover();
  return (
    <>
      {/* Before the popup: a jump moves the map first, then the popup lays itself out. */}
      <FocusOnVisit data={data} focus={focus} onPopup={onPopup} legendCover={legendCover} />
      <MapPopup data={data} target={popup} onClose={onClose} legendCover={legendCover} activeTrip={activeTrip} />
    </>
  );
}

export default function LeafletMap(props: LeafletMapProps) {
  const { m } = useLocale();
  const { data, popup, onPopup, onPin, move, onReady, progress, tiles, activeTrip, currentTrip, playback, speed, onPlaybackArrived } = props;
  const [basemapError, setBasemapError] = useState<string | null>(null);
  const onClosePopup = useCallback(() => onPopup(null), [onPopup]);
  const focus = useMemo<VisitFocus | null>(() => (move?.kind === 'visit' ? move : null), [move]);
  const fit = useMemo<TripFit | null>(() => (move?.kind === 'trip' ? move : null), [move]);
  const boundsOptions = useMemo(fitPadding, []);
  // The renderer of the routes in the overlay pane (others name their own).
  const [renderer] = useState(() => svgRenderer());
  // Place names first, then country and sea names where they leave room: one layout per zoom, shared.
  const labelLayout = useMemo(() => placeLabelLayout(data, measuredTextWidth(PLACE_NAME_STYLE)), [data]);
  // The first view shows the chosen trip, else all trips (a visit in the URL then takes the map to it).
  const [firstBounds] = useState(() => (activeTrip ? data.trips.find((t) => t.id === activeTrip)!.bounds : data.bounds));
  // The place markers come a frame after the rest of the map: set up with the routes, they made
  // one task of 32 ms on a cold /embed load, a long task on a phone.
  const placesShown = useAfterPaint();
  const [basemapSettled, setBasemapSettled] = useState(false);
  const onBasemapSettled = useCallback((error: string | null) => {
    setBasemapError(error);
    setBasemapSettled(true);
  }, []);
  useEffect(() => {
    if (basemapSettled && placesShown) onReady();
  }, [basemapSettled, placesShown, onReady]);

  return (
    <>
      <MapContainer
        className="leaflet-map"
        bounds={toLatLngBounds(firstBounds)}
        boundsOptions={boundsOptions}
        minZoom={2}
        maxZoom={tiles && tileConfig ? MAP_MAX_ZOOM : BASEMAP_MAX_ZOOM}
        zoomSnap={0.5}
        worldCopyJump={false}
        renderer={renderer}
        zoomControl={false}
      >
        <ZoomButtons zoomInTitle={m.zoomIn} zoomOutTitle={m.zoomOut} />
        <Pane name="basemap" style={{ zIndex: 250 }} />
        <Pane name="basemap-labels" style={{ zIndex: 260 }} />
        <Pane name={UNDERLAY_PANE} style={{ zIndex: 390 }} />
        <Pane name={ARROW_PANE} style={{ zIndex: 450 }} />
        <BasemapLayer onSettled={onBasemapSettled} labelLayout={labelLayout} />
        {tiles && tileConfig && <TileBasemap config={tileConfig} />}
        <RouteLayer data={data} progress={progress} activeTrip={activeTrip} currentTrip={currentTrip} onPopup={onPopup} />
        {placesShown && <PlaceLayer data={data} labelLayout={labelLayout} activeTrip={activeTrip} onPin={onPin} />}
        <Playback data={data} playback={playback} speed={speed} onArrived={onPlaybackArrived} />
        <FitTrip data={data} fit={fit} options={boundsOptions} />
        <VisitFocusAndPopup data={data} focus={focus} popup={popup} onPopup={onPopup} onClose={onClosePopup} activeTrip={activeTrip} />
        <ScaleBar />
        <ZoomAttribute />
      </MapContainer>
      {basemapError && (
        <p className="map-notice" role="alert">
          {fill(m.basemapError, { error: basemapError })}
        </p>
      )}
    </>
  );
}
