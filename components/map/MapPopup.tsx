import type { LatLngTuple, Point } from 'leaflet';
import { type ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createPortal } from 'preact/compat';
import { useMap } from 'react-leaflet';
import type { MapData, MapPlace } from '../../content/map-data';
import type { LegendCover } from './legend-cover';
import { LegDetails } from '../ui/LegDetails';
import { toLatLng } from './leaflet-coords';
import { cssPopup } from './css-popup';
import type { PopupTarget } from './map-types';
import { PlaceNames } from '../ui/PlaceNames';
import { approachOf } from './approach';
import { VisitDetails } from '../ui/VisitDetails';
import { Field, useLocale } from '../ui/locale';
import { firstSentence } from '../../content/first-sentence';

/** Clear of the map's edges, and of what the legend covers. */
const PAN_MARGIN = 12;
/** Above Leaflet's attribution, which would hide the visit's pin under the popup's tip. */
const PAN_MARGIN_BOTTOM = 24;
/** What a popup adds around its text: the content's margins and the wrapper's border (globals.css), and the tip below. */
const POPUP_CHROME = { width: 40, height: 42 };
/** Below this a popup's text is too short to read; a map this low gets no better. */
const MIN_TEXT_HEIGHT = 60;
/** A map smaller than this both ways (a small embed) gets compact visit popups, which leave the pin and its leg in view. */
const COMPACT_BELOW = { x: 700, y: 450 };

/** Pixels between a pin and a popup that opens below it (globals.css places it there). */
const BELOW_GAP = 24;

const isCompact = ({ x, y }: Point) => x < COMPACT_BELOW.x && y < COMPACT_BELOW.y;

/**
 * How wide a compact visit popup's text may run (about 70 characters a line, still easy to read):
 * a small embed's map is short, and at 360 px a popup below its pin scrolled in 25 of 147 visits ×
 * editions at 640 × 420, its "More" cut at the bottom; at 480, 6 of 147, by 8 px.
 */
const COMPACT_TEXT_WIDTH = 480;
/** Kept clear left of a popup that is wider than usual: the zoom buttons' column and a margin. */
const ZOOM_COLUMN = 54;
/**
 * The popup's room, for the map's size and the legend's cover now: its pan margins, and the most
 * its text may take before it wraps or scrolls. Its text may take half the window's height, and
 * never more than fits in the map between its margins. An embed's map is its frame less the
 * controls: at 640 × 400, half the window was a popup taller than the map, its visit's pin panned
 * out of sight. A popup too wide to pass right of the zoom buttons (a phone's, as wide as the map)
 * is kept below them: on a 375 × 740 phone, popups near the top reached 14 px under the "−".
 */
function room({ x: mapWidth, y: mapHeight }: Point, cover: LegendCover) {
  const right = cover.right + PAN_MARGIN;
  const width = mapWidth - PAN_MARGIN - right - POPUP_CHROME.width;
  const maxWidth = Math.min(360, width);
  const besideButtons = mapWidth - ZOOM_COLUMN - right - POPUP_CHROME.width;
  const top = Math.max(cover.top, maxWidth > besideButtons ? cover.buttonsBottom : 0) + PAN_MARGIN;
  const height = mapHeight - top - PAN_MARGIN_BOTTOM - POPUP_CHROME.height;
  return {
    maxWidth,
    minWidth: Math.min(240, width),
    maxHeight: Math.max(MIN_TEXT_HEIGHT, Math.round(Math.min(window.innerHeight * 0.5, height))),
    autoPanPaddingTopLeft: [PAN_MARGIN, top] as [number, number],
    autoPanPaddingBottomRight: [right, PAN_MARGIN_BOTTOM] as [number, number],
  };
}

/**
 * The map's single popup: a visit, every visit at a (folded) place, or a leg.
 * One Leaflet popup is kept and its content rendered by React through a portal,
 * so a step changes the view, renders the content and opens the popup in one
 * commit (react-leaflet's <Popup> would take two more renders to show content).
 */
export function MapPopup({ data, target, onClose, legendCover, activeTrip }: {
  data: MapData;
  /** The trip in view: a place popup lists its visits first. */
  activeTrip: string | null;
  target: PopupTarget | null;
  onClose: () => void;
  legendCover: () => LegendCover;
}) {
  const map = useMap();
  const [compact, setCompact] = useState(() => isCompact(map.getSize()));
  const container = useMemo(() => document.createElement('div'), []);
  const popup = useMemo(() => cssPopup().setContent(container), [container]);
  // An embed's frame can be resized by its page, a phone turned: the popup's room follows the map.
  // What the open popup is: below its pin (its room is then what lies below the pin), and a
  // visit's (in a small map, the compact one).
  const opened = useRef({ below: false, visit: false });
  const options = useCallback(() => {
    const size = map.getSize();
    const cover = legendCover();
    const options = room(size, cover);
    const anchor = popup.getLatLng();
    const pin = anchor && map.latLngToContainerPoint(anchor);
    if (opened.current.visit && isCompact(size) && pin) {
      // Centred on its pin: as wide as leaves the zoom buttons clear on the left and the map's
      // margin (or the legend) on the right; never narrower than elsewhere.
      const half = Math.min(pin.x - ZOOM_COLUMN, size.x - cover.right - PAN_MARGIN - pin.x);
      options.maxWidth = Math.min(COMPACT_TEXT_WIDTH, Math.max(options.maxWidth, 2 * half - POPUP_CHROME.width));
    }
    if (opened.current.below && pin) {
      // Leaflet's autopan knows only popups above their anchor: the room below is worked out here.
      const roomBelow = size.y - pin.y - BELOW_GAP - PAN_MARGIN_BOTTOM - POPUP_CHROME.height;
      options.maxHeight = Math.max(MIN_TEXT_HEIGHT, Math.round(Math.min(options.maxHeight, roomBelow)));
    }
    return { ...options, autoPan: !opened.current.below };
  }, [map, popup, legendCover]);
  useEffect(() => {
    const onResize = () => {
      setCompact(isCompact(map.getSize()));
      Object.assign(popup.options, options());
      if (map.hasLayer(popup)) popup.update();
    };
    map.on('resize', onResize);
    return () => {
      map.off('resize', onResize);
    };
  }, [map, popup, options]);
  const closing = useRef(onClose);
  closing.current = onClose;
  // Only a reader's close (the × or a click on the map) is reported; removing it ourselves is not.
  const removingOurselves = useRef(false);
  useEffect(() => {
    const onRemove = () => {
      if (!removingOurselves.current) closing.current();
    };
    popup.on('remove', onRemove);
    return () => {
      popup.off('remove', onRemove);
      popup.remove();
    };
  }, [popup]);

  const lookup = useMemo(
    () => ({
      place: new Map(data.places.map((p) => [p.id, p])),
      visit: new Map(data.visits.map((v) => [v.id, v])),
      trip: new Map(data.trips.map((t) => [t.id, t])),
      leg: new Map(data.legs.map((l) => [l.id, l])),
    }),
    [data],
  );

  const { lang, m } = useLocale();
  let shown: { key: string; position: LatLngTuple; content: ComponentChildren } | null = null;
  if (target?.kind === 'leg') {
    const leg = lookup.leg.get(target.id)!;
    const from = lookup.visit.get(leg.from)!;
    const to = lookup.visit.get(leg.to)!;
    shown = {
      key: `leg:${leg.id}`,
      position: toLatLng(target.at),
      content: <LegDetails leg={leg} trip={lookup.trip.get(leg.trip)!} from={from} to={to} placeName={(v) => lookup.place.get(v.place)!.name[lang]} />,
    };
  } else if (target?.kind === 'visit') {
    const visit = lookup.visit.get(target.id)!;
    const place = lookup.place.get(visit.place)!;
    const details = (
      <>
        <PlaceNames place={place} presumed={visit.placePresumed} />
        <VisitDetails visit={visit} trip={lookup.trip.get(visit.trip)!} />
      </>
    );
    shown = {
      key: `visit:${visit.id}`,
      position: toLatLng(place.coordinates),
      content: (
        <article aria-label={`${place.name[lang]}, ${visit.dateLabel}`}>
          {compact ? (
            <>
              <p className="popup-compact-head"><strong>{place.name[lang]}</strong> · {visit.dateLabel}</p>
              <p className="popup-compact-line"><Field item={visit} field="summary">{firstSentence(visit.summary)}</Field></p>
              <details className="popup-more" onToggle={() => popup.update()}>
                <summary>{m.popupMore}</summary>
                {details}
              </details>
            </>
          ) : details}
        </article>
      ),
    };
  } else if (target?.kind === 'place') {
    // In one trip's view, its places and visits come first, then the other trips' (context), then
    // the places of none.
    const inTrip = (visit: string) => lookup.visit.get(visit)!.trip === activeTrip;
    const tripFirst = (visits: string[]) => [...visits.filter(inTrip), ...visits.filter((v) => !inTrip(v))];
    const rank = (place: MapPlace) => (place.visits.some(inTrip) ? 0 : place.visits.length > 0 ? 1 : 2);
    const places = target.places.map((id) => lookup.place.get(id)!).sort((a, b) => rank(a) - rank(b));
    shown = {
      key: `place:${target.places.join('+')}`,
      // At the marker's pin: its lead, the first of the places it was given, however they are listed.
      position: toLatLng(lookup.place.get(target.places[0])!.coordinates),
      content: places.map((place) => (
        <section key={place.id} className="popup-place">
          <PlaceNames place={place} />
          {tripFirst(place.visits).map((id) => {
            const visit = lookup.visit.get(id)!;
            return (
              <article key={id} className="popup-visit" aria-label={`${place.name[lang]}, ${visit.dateLabel}`}>
                {visit.placePresumed && <p className="flag">{m.placePresumed}</p>}
                <VisitDetails visit={visit} trip={lookup.trip.get(visit.trip)!} />
              </article>
            );
          })}
        </section>
      )),
    };
  }

  // A visit whose leg arrives from the north gets its popup below the pin, clear of the leg
  // (FocusOnVisit puts such a visit in the upper part of the map).
  const visit = target?.kind === 'visit';
  const below = visit && approachOf(data, target.id)?.fromNorth === true;
  const key = shown ? `${shown.key}${compact ? ':compact' : ''}${below ? ':below' : ''}` : null;
  const [lat, lng] = shown?.position ?? [0, 0];
  // After the content is in the DOM (same commit): place, lay out and open, or close.
  useLayoutEffect(() => {
    if (key === null) {
      if (map.hasLayer(popup)) {
        removingOurselves.current = true;
        popup.remove();
        removingOurselves.current = false;
      }
      return;
    }
    // The legend may have been folded or opened since.
    opened.current = { below, visit };
    if (!map.hasLayer(popup)) {
      popup.setLatLng([lat, lng]);
      Object.assign(popup.options, options());
      popup.openOn(map);
      popup.getElement()!.classList.toggle('popup-below', below);
      return;
    }
    popup.getElement()!.classList.toggle('popup-below', below);
    // Moved, given its room and its new content: it is measured and pans once, when laid out (cssPopup).
    popup.setLatLng([lat, lng]);
    Object.assign(popup.options, options());
    popup.update();
  }, [key, below, visit, lat, lng, map, popup, options]);

  return shown ? createPortal(<div className="popup-body" data-popup={shown.key} key={shown.key}>{shown.content}</div>, container) : null;
}
