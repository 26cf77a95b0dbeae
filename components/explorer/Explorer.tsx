import type { ComponentChildren, TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { embedQuery, type EmbedOptions } from '../../app/_http/embed-options';
import { parseViewParams, viewQuery } from '../../app/_http/view-params';
import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';
import { viewTitle } from '../../content/view-title';
import { MapView } from '../map/MapView';
import type { PopupTarget } from '../map/map-types';
import { EmbedBuilder } from '../ui/EmbedBuilder';
import { Timeline } from '../ui/Timeline';
import { afterNextPaint, useAfterPaint } from '../ui/use-after-paint';
import { goMessageVisit, postToHost, useHostHeight } from './host-messages';
import { stepSequence, tripProgress } from '../../content/sequence';
import { initialStepping, type SteppingAction, type SteppingStore } from './stepping';
import { useStepping } from './use-stepping';
import { Field, useLocale } from '../ui/locale';
import { LangSwitch } from '../ui/LangSwitch';
import { firstSentence } from '../../content/first-sentence';
import { OutArrow } from '../ui/direction-arrow';
import { fill } from '../../content/i18n/format';

/**
 * Arrow keys, Home, End and Space step through visits wherever focus is in the explorer (the map,
 * the timeline, a step button), but in a form field; Space keeps its own meaning on buttons (a
 * map's pins among them) and links. Escape in the map closes its popup.
 */
function steppingKey(event: TargetedKeyboardEvent<HTMLElement>): SteppingAction | null {
  const target = event.target as HTMLElement;
  if (target.closest('input, select, textarea, [contenteditable]')) return null;
  switch (event.key) {
    case 'ArrowLeft': return { type: 'previous' };
    case 'ArrowRight': return { type: 'next' };
    case 'Home': return { type: 'first' };
    case 'End': return { type: 'last' };
    // Leaflet closes a popup on Escape only while the map itself has focus, not one of its pins.
    // Elsewhere (a dialog, the legend) Escape keeps its own meaning.
    case 'Escape': return target.closest('.leaflet-container') ? { type: 'popup', target: null } : null;
    case ' ': return target.closest('button, a, summary, [role="button"]') ? null : { type: 'toggle-play' };
    default: return null;
  }
}

export interface ExplorerProps {
  legend: ComponentChildren;
  /** Set on /embed: the map inside someone else's page. */
  embed: EmbedOptions | null;
}

/** The link from an embedded map to the same view on the site. */
export function OpenFullLink({ view }: { view: ViewState }) {
  const { m, linkLang } = useLocale();
  return (
    <a className="open-full" href={`/${viewQuery(view, linkLang)}`} target="_blank" rel="noopener">
      {m.openFull}<span className="visually-hidden">{m.newTab}</span> <OutArrow />
    </a>
  );
}

export function shellClass(embed: EmbedOptions | null): string {
  return `map-shell${embed ? ` embedded controls-${embed.controls} theme-${embed.theme}` : ''}`;
}

/** The map shell's handlers once the explorer runs: keys step, a press or the wheel stops playback. */
export function shellHandlers(dispatch: SteppingStore['dispatch']) {
  return {
    onKeyDownCapture(event: TargetedKeyboardEvent<HTMLElement>) {
      const action = steppingKey(event);
      if (!action) return;
      // Captured before Leaflet's own keyboard handler, which would pan the map.
      event.preventDefault();
      event.stopPropagation();
      // The popup goes (Escape) or is replaced (a step): focus inside it would fall to the page's
      // body. The map keeps it, where the keys go on working.
      const target = event.target as HTMLElement;
      if (target.closest('.leaflet-popup')) target.closest<HTMLElement>('.leaflet-container')?.focus({ preventScroll: true });
      dispatch(action);
    },
    onPointerDownCapture(event: TargetedPointerEvent<HTMLElement>) {
      if (!(event.target as HTMLElement).closest('.play-button')) dispatch({ type: 'stop' });
    },
    onWheelCapture() {
      dispatch({ type: 'stop' });
    },
  };
}

/** Keeps the URL, the title and the host page (for an embed) on the view, and follows Back and Forward. */
function useViewEffects(store: SteppingStore | undefined, data: MapData | null, embed: EmbedOptions | null) {
  const { m, linkLang } = useLocale();
  useEffect(() => store && data ? store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    const query = viewQuery(state.view, linkLang);
    const url = `${window.location.pathname}${query}${embed ? embedQuery(embed, query) : ''}`;
    // The URL and title follow once the step is on screen: pushState costs milliseconds on a
    // large page. In an embed, history entries would hijack the host page's Back button: replace.
    afterNextPaint(() => {
      if (embed) window.history.replaceState(null, '', url);
      else if (state.history === 'push') window.history.pushState(null, '', url);
      document.title = viewTitle(data, state.view, m);
    });
    if (embed) postToHost({ type: 'trips-map:visit', trip: state.view.trip, visit: state.view.visit });
  }) : undefined, [store, data, embed, m, linkLang]);

  useEffect(() => {
    if (!store || !data) return;
    const restore = () => {
      const { trip, visit } = parseViewParams(Object.fromEntries(new URLSearchParams(window.location.search)), data);
      store.dispatch({ type: 'history', view: { trip, visit } });
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [store, data]);

  // The host page may drive the embedded map: { type: "trips-map:go", visit }.
  useEffect(() => {
    if (!embed || !store || !data) return;
    const onMessage = (event: MessageEvent) => {
      const visit = goMessageVisit(event, data);
      if (visit) store.dispatch({ type: 'show-visit', visit });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [store, embed, data]);
  useHostHeight(embed !== null && store !== undefined && data !== null);
}

/** Where the view stands in its trip's steps: for the map, the timeline and the status line. */
function useSteps(data: MapData | null, view: ViewState) {
  const visitById = useMemo(() => new Map(data?.visits.map((v) => [v.id, v])), [data]);
  const sequence = useMemo(() => (data ? stepSequence(data, view.trip) : []), [data, view.trip]);
  const progress = useMemo(() => data && tripProgress(data, view, sequence), [data, view, sequence]);
  const index = view.visit === null ? -1 : sequence.indexOf(view.visit);
  const current = view.visit ? visitById.get(view.visit) ?? null : null;
  return { sequence, progress, index, current };
}

/**
 * What the map shell holds but the server's picture: the legend, notices and page tools at once,
 * and the interactive map, timeline and status once the trips' data (`data`) and the stepping
 * `store` are there. One tree before and after, so that what a reader did while the data loaded (a
 * legend unfolded, the focus on a link) stays. `onReady` is told once the map is drawn.
 */
export function Explorer({ data, store, legend, embed, initialView, notice: initialNotice, error, onReady }: ExplorerProps & {
  data: MapData | null;
  /** Absent on the server, which draws the first view only. */
  store: SteppingStore | undefined;
  initialView: ViewState;
  /** Why the URL was not followed, until the store says otherwise. */
  notice: string | null;
  /** Why the data could not be loaded. */
  error: string | null;
  onReady: () => void;
}) {
  const state = useStepping(store) ?? initialStepping(initialView, initialNotice);
  const { view, playing, move, popup, notice } = state;
  const [speed, setSpeed] = useState(1);
  useViewEffects(store, data, embed);
  const { sequence, progress, index, current } = useSteps(data, view);
  const { m } = useLocale();

  const running = data && store && progress ? { data, progress } : null;
  const dispatch = store?.dispatch;
  const onStep = useCallback((i: number) => dispatch?.({ type: 'step', index: i }), [dispatch]);
  const onChooseTrip = useCallback((trip: string | null) => dispatch?.({ type: 'choose-trip', trip }), [dispatch]);
  const onPopup = useCallback((target: PopupTarget | null) => dispatch?.({ type: 'popup', target }), [dispatch]);
  const onPin = useCallback((places: string[]) => dispatch?.({ type: 'pin', places }), [dispatch]);
  const onArrived = useCallback(() => dispatch?.({ type: 'arrive' }), [dispatch]);

  // The map is set up a frame after the rest of the explorer: setting it up measures its box, which
  // right after the explorer's own commit forces a layout of all of it, in the same long task.
  const mapMounted = useAfterPaint(running !== null);

  const announcement = running && current && (
    <>
      {current.dateLabel}, {running.data.places.find((p) => p.id === current.place)!.name[running.data.lang]}: <Field item={current} field="summary">{firstSentence(current.summary)}</Field>
    </>
  );

  return (
    <>
      {running && mapMounted && <MapView
        data={running.data}
        popup={popup}
        onPopup={onPopup}
        onPin={onPin}
        move={move}
        onReady={onReady}
        progress={running.progress}
        tiles={embed ? embed.basemap === 'tiles' : true}
        activeTrip={view.trip}
        currentTrip={current?.trip ?? view.trip}
        playback={playing && index >= 0 && index < sequence.length - 1 ? { from: sequence[index], to: sequence[index + 1] } : null}
        speed={speed}
        onPlaybackArrived={onArrived}
      />}
      {legend}
      {notice && <p className="view-notice" role="alert">{notice}</p>}
      {!embed && <div className="page-tools">{running && <EmbedBuilder data={running.data} view={view} />}<LangSwitch view={view} /></div>}
      {embed && <OpenFullLink view={view} />}
      {embed?.controls !== 'none' && (running ? <Timeline
        data={running.data}
        sequence={sequence}
        view={view}
        playing={playing}
        speed={speed}
        onSpeed={setSpeed}
        onStep={onStep}
        onPlay={() => dispatch?.({ type: 'toggle-play' })}
        onChooseTrip={onChooseTrip}
        compact={embed?.controls === 'stepper'}
      /> : <div className="timeline timeline-loading" aria-hidden="true" />)}
      {error && <p className="map-notice" role="alert">{fill(m.dataError, { error })}</p>}
      {running && <p role="status" className="visually-hidden step-status">{announcement}</p>}
    </>
  );
}
