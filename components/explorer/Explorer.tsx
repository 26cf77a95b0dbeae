import { type KeyboardEvent, type ReactNode, type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MapData } from '../../content/map-data';
import { parseViewParams, viewQuery } from '../../app/_http/view-params';
import { previewTrip, type ViewState } from '../../content/view';
import type { PopupTarget, TripFit, VisitFocus } from '../map/map-types';
import { EmbedBuilder } from '../ui/EmbedBuilder';
import { MapPreview } from '../ui/MapPreview';
import { previewTheme } from '../../app/_http/map-preview';
import { MapView } from '../map/MapView';
import { prefersReducedMotion } from '../ui/reduced-motion';
import { stepSequence, tripProgress } from './sequence';
import { Timeline } from '../ui/Timeline';
import { viewTitle } from '../../content/view-title';
import { embedQuery, type EmbedOptions } from '../../app/_http/embed-options';
import { goMessageVisit, postToHost, useHostHeight } from './host-messages';
import { useSettledValue } from '../ui/use-settled-value';
import { afterNextPaint, useAfterPaint } from '../ui/use-after-paint';

/** Arrow keys, Home, End and Space step through visits while the map or timeline has focus. */
function steppingKey(event: KeyboardEvent): 'previous' | 'next' | 'first' | 'last' | 'play' | null {
  const target = event.target as HTMLElement;
  if (!target.closest('.leaflet-container, .timeline-axis')) return null;
  if (target.closest('input, select, textarea')) return null;
  switch (event.key) {
    case 'ArrowLeft': return 'previous';
    case 'ArrowRight': return 'next';
    case 'Home': return 'first';
    case 'End': return 'last';
    case ' ': return target.closest('button, a') ? null : 'play';
    default: return null;
  }
}

/** What the page around the explorer may ask of it (the visit list's links). */
export interface ExplorerActions {
  showVisit: (id: string) => void;
  chooseTrip: (trip: string | null) => void;
}

export interface ExplorerProps {
  initialView: ViewState;
  legend: ReactNode;
  notice: string | null;
  /** Set on /embed: the map inside someone else's page. */
  embed: EmbedOptions | null;
}

/** The link from an embedded map to the same view on the site. */
export function OpenFullLink({ view }: { view: ViewState }) {
  return (
    <a className="open-full" href={`/${viewQuery(view)}`} target="_blank" rel="noopener">
      Open the full map<span className="visually-hidden"> (new tab)</span> ↗
    </a>
  );
}

export function shellClass(embed: EmbedOptions | null): string {
  return `map-shell${embed ? ` embedded controls-${embed.controls} theme-${embed.theme}` : ''}`;
}

/**
 * Holds the view (trip and visit), keeps the URL, the map, the timeline and the visit list in step.
 * Its actions go into `actions`, for the visit list that lives outside it.
 */
export function Explorer({ data, initialView, legend, notice, embed, actions, onView }: ExplorerProps & {
  data: MapData;
  actions: RefObject<ExplorerActions | null>;
  /** Told of every move, for the visit list outside (must keep one identity). */
  onView: (view: ViewState) => void;
}) {
  const [view, setView] = useState<ViewState>(initialView);
  const [focus, setFocus] = useState<VisitFocus | null>(
    initialView.visit ? { id: initialView.visit, seq: 0, animate: false } : null,
  );
  const [fit, setFit] = useState<TripFit | null>(null);
  const [popup, setPopup] = useState<PopupTarget | null>(initialView.visit ? { kind: 'visit', id: initialView.visit } : null);
  const [playing, setPlaying] = useState(false);
  // Why the URL was not followed: said until the reader moves on.
  const [shownNotice, setShownNotice] = useState(notice);
  const [speed, setSpeed] = useState(1);
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  const seq = useRef(0);

  const visitById = useMemo(() => new Map(data.visits.map((v) => [v.id, v])), [data]);
  const sequence = useMemo(() => stepSequence(data, view.trip), [data, view.trip]);
  const progress = useMemo(() => tripProgress(data, view, sequence), [data, view, sequence]);
  const index = view.visit === null ? -1 : sequence.indexOf(view.visit);
  const current = view.visit ? visitById.get(view.visit)! : null;
  // The latest view and sequence, for handlers that must keep one identity across steps
  // (the timeline's memoised marks, the list's links).
  const latest = useRef({ view, sequence });
  latest.current = { view, sequence };

  /** Moves to a view: updates the URL (a history entry per step), the map and the announcement. */
  const go = useCallback(
    (next: ViewState, { push = true }: { push?: boolean } = {}) => {
      setView(next);
      setShownNotice(null);
      onView(next);
      const query = viewQuery(next);
      const url = `${window.location.pathname}${query}${embed ? embedQuery(embed, query) : ''}`;
      // The URL and title follow once the step is on screen: pushState costs milliseconds on a
      // large page. In a frame, history entries would hijack the host page's Back button:
      // replace instead.
      afterNextPaint(() => {
        if (embed) window.history.replaceState(null, '', url);
        else if (push) window.history.pushState(null, '', url);
        document.title = viewTitle(data, next);
      });
      if (embed) postToHost({ type: 'trips-map:visit', trip: next.trip, visit: next.visit });
      if (next.visit) {
        seq.current += 1;
        const animate = !prefersReducedMotion();
        setFocus({ id: next.visit, seq: seq.current, animate });
        // A jump opens the popup in the same commit; a flight opens it on arrival.
        setPopup(animate ? null : { kind: 'visit', id: next.visit });
      } else {
        setPopup(null);
        seq.current += 1;
        setFit({ trip: next.trip, seq: seq.current });
      }
    },
    [data, embed, onView],
  );

  const stepTo = useCallback(
    (i: number) => {
      const { view: now, sequence: steps } = latest.current;
      const clamped = Math.max(0, Math.min(steps.length - 1, i));
      if (steps[clamped] && steps[clamped] !== now.visit) go({ trip: now.trip, visit: steps[clamped] });
    },
    [go],
  );
  const onTimelineStep = useCallback((i: number) => {
    setPlaying(false);
    stepTo(i);
  }, [stepTo]);

  const showVisit = useCallback(
    (id: string) => {
      setPlaying(false);
      const { trip } = latest.current.view;
      go({ trip: trip !== null && visitById.get(id)?.trip !== trip ? null : trip, visit: id });
    },
    [go, visitById],
  );
  const chooseTrip = useCallback((trip: string | null) => {
    setPlaying(false);
    go({ trip, visit: null });
  }, [go]);
  useEffect(() => {
    actions.current = { showVisit, chooseTrip };
    return () => { actions.current = null; };
  }, [actions, showVisit, chooseTrip]);

  // Back and Forward walk the steps.
  useEffect(() => {
    const restore = () => {
      const params = Object.fromEntries(new URLSearchParams(window.location.search));
      const parsed = parseViewParams(params, data);
      setPlaying(false);
      go({ trip: parsed.trip, visit: parsed.visit }, { push: false });
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [data, go]);

  // The list twin: mark the current row (two DOM writes, not a re-render of every row), in the
  // step's own frame (Preact runs plain effects only after the next paint).
  useLayoutEffect(() => {
    const row = view.visit ? document.getElementById(`visit-${view.visit}`) : null;
    row?.setAttribute('aria-current', 'step');
    return () => row?.removeAttribute('aria-current');
  }, [view.visit]);

  const onKeyDownCapture = (event: KeyboardEvent) => {
    const key = steppingKey(event);
    if (!key) return;
    // Captured before Leaflet's own keyboard handler, which would pan the map.
    event.preventDefault();
    event.stopPropagation();
    if (key === 'play') return setPlaying((p) => !p);
    setPlaying(false);
    if (key === 'previous') stepTo(index <= 0 ? 0 : index - 1);
    if (key === 'next') stepTo(index + 1);
    if (key === 'first') stepTo(0);
    if (key === 'last') stepTo(sequence.length - 1);
  };

  // The host page may drive the embedded map: { type: "trips-map:go", visit }.
  useEffect(() => {
    if (!embed) return;
    const onMessage = (event: MessageEvent) => {
      const visit = goMessageVisit(event, data);
      if (visit) showVisit(visit);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [embed, data, showVisit]);
  useHostHeight(embed !== null);

  // Playback stops at the end.
  useEffect(() => {
    if (playing && index >= sequence.length - 1) setPlaying(false);
  }, [playing, index, sequence.length]);

  // The preview is hidden under the ready map and seen only in print: it follows the view once the
  // reader pauses, not on every step (a new trip's picture is a fetch and an SVG parse).
  const printedView = useSettledValue(view, 500);
  // The map is set up a frame after the rest of the explorer: setting it up measures its box, which
  // right after the explorer's own commit forces a layout of all of it, in the same long task.
  const mapMounted = useAfterPaint();

  const announcement = current
    ? `${current.dateLabel}, ${data.places.find((p) => p.id === current.place)!.name.en}: ${current.summary.split(/(?<=\.)\s/)[0]}`
    : '';

  return (
      <section
        id="map"
        className={shellClass(embed)}
        aria-label="Map of the trips"
        data-map-ready={ready ? 'true' : 'false'}
        onKeyDownCapture={onKeyDownCapture}
        onPointerDownCapture={(e) => {
          if (!(e.target as HTMLElement).closest('.play-button')) setPlaying(false);
        }}
        onWheelCapture={() => setPlaying(false)}
      >
        <MapPreview trip={previewTrip(data, printedView)} title={viewTitle(data, printedView)} theme={previewTheme(embed)} />
        {mapMounted && <MapView
          data={data}
          popup={popup}
          onPopup={setPopup}
          focus={focus}
          fit={fit}
          onReady={onReady}
          progress={progress}
          tiles={embed ? embed.basemap === 'tiles' : true}
          activeTrip={view.trip}
          currentTrip={current?.trip ?? view.trip}
          playback={playing && index >= 0 && index < sequence.length - 1 ? { from: sequence[index] } : null}
          speed={speed}
          onPlaybackArrived={() => stepTo(index + 1)}
        />}
        {legend}
        {shownNotice && <p className="view-notice" role="alert">{shownNotice}</p>}
        {!embed && <EmbedBuilder data={data} view={view} />}
        {embed && <OpenFullLink view={view} />}
        {embed?.controls !== 'none' && <Timeline
          data={data}
          sequence={sequence}
          view={view}
          playing={playing}
          speed={speed}
          onSpeed={setSpeed}
          onStep={onTimelineStep}
          onPlay={() => {
            if (playing) return setPlaying(false);
            if (index < 0 || index >= sequence.length - 1) stepTo(0);
            setPlaying(true);
          }}
          onChooseTrip={chooseTrip}
          compact={embed?.controls === 'stepper'}
        />}
        <p role="status" className="visually-hidden step-status">{announcement}</p>
      </section>
  );
}
