import type { ViewState } from '../../content/view';
import type { PopupTarget } from '../map/map-types';

// The explorer's state in one place: which view is shown, whether playback runs, what the map must
// do next and which popup is open. A pure reducer: every way a reader (or the page around an
// embed) moves the map is an action here, and the list, timeline, map and status follow the state.

/** What the map is asked to do for the view: bring a visit into view, or fit a trip (all trips when null). */
export type MapMove =
  | { kind: 'visit'; id: string; seq: number; animate: boolean }
  | { kind: 'trip'; trip: string | null; seq: number };

export interface SteppingState {
  view: ViewState;
  playing: boolean;
  /** Why the URL was not followed: said until the reader moves on. */
  notice: string | null;
  move: MapMove | null;
  popup: PopupTarget | null;
  /** Whether the last change of view adds a history entry (a step) or not (Back, Forward). */
  history: 'push' | 'none';
}

export type SteppingAction =
  | { type: 'step'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** A visit chosen by a link in the list or by the host page: stays in the trip if it is one of its visits. */
  | { type: 'show-visit'; visit: string }
  /** A click on a place's pin (folded neighbours included). */
  | { type: 'pin'; places: string[] }
  | { type: 'choose-trip'; trip: string | null }
  /** Back or Forward: the view in the URL, with no new history entry. */
  | { type: 'history'; view: ViewState }
  | { type: 'toggle-play' }
  | { type: 'stop' }
  /** Playback reached the next visit. */
  | { type: 'arrive' }
  /** The map opened a popup (a leg, a flight's arrival) or the reader closed it (null). */
  | { type: 'popup'; target: PopupTarget | null };

/** What the reducer needs to know of the content and the reader's settings. */
export interface SteppingContext {
  /** The visits a view steps through, in order. */
  sequence: (trip: string | null) => string[];
  tripOf: (visit: string) => string | undefined;
  placeOf: (visit: string) => string | undefined;
  /** False when the reader prefers reduced motion: steps jump instead of flying. */
  animate: boolean;
}

export function initialStepping(view: ViewState, notice: string | null): SteppingState {
  return {
    view,
    playing: false,
    notice,
    move: view.visit ? { kind: 'visit', id: view.visit, seq: 0, animate: false } : null,
    popup: view.visit ? { kind: 'visit', id: view.visit } : null,
    history: 'none',
  };
}

function go(state: SteppingState, view: ViewState, context: SteppingContext, history: 'push' | 'none' = 'push'): SteppingState {
  const seq = (state.move?.seq ?? 0) + 1;
  if (view.visit === null) {
    return { ...state, view, notice: null, history, popup: null, move: { kind: 'trip', trip: view.trip, seq } };
  }
  const { animate } = context;
  return {
    ...state,
    view,
    notice: null,
    history,
    move: { kind: 'visit', id: view.visit, seq, animate },
    // A jump opens the popup with the step; a flight opens it on arrival.
    popup: animate ? null : { kind: 'visit', id: view.visit },
  };
}

function indexIn(state: SteppingState, steps: string[]): number {
  return state.view.visit === null ? -1 : steps.indexOf(state.view.visit);
}

function stepTo(state: SteppingState, index: number, context: SteppingContext): SteppingState {
  const steps = context.sequence(state.view.trip);
  const clamped = Math.max(0, Math.min(steps.length - 1, index));
  const visit = steps[clamped];
  if (visit === undefined || visit === state.view.visit) return state;
  return go(state, { trip: state.view.trip, visit }, context);
}

/**
 * The visit a pin steps to: the current one if it is at the pin, else the first of the pin's
 * visits after it, else the pin's first. Null where the pin holds none of the view's visits, or
 * where it folds several places whose visits the reader should choose from.
 */
function pinnedVisit(state: SteppingState, places: string[], context: SteppingContext): string | null {
  const steps = context.sequence(state.view.trip);
  const here = steps.filter((visit) => places.includes(context.placeOf(visit)!));
  if (here.length === 0) return null;
  if (places.length > 1 && here.length > 1) return null;
  if (state.view.visit !== null && here.includes(state.view.visit)) return state.view.visit;
  const current = indexIn(state, steps);
  return here.find((visit) => steps.indexOf(visit) > current) ?? here[0];
}

export function stepping(state: SteppingState, action: SteppingAction, context: SteppingContext): SteppingState {
  const stopped = state.playing ? { ...state, playing: false } : state;
  switch (action.type) {
    case 'step':
      return stepTo(stopped, action.index, context);
    case 'next':
      return stepTo(stopped, indexIn(state, context.sequence(state.view.trip)) + 1, context);
    case 'previous':
      return stepTo(stopped, Math.max(0, indexIn(state, context.sequence(state.view.trip)) - 1), context);
    case 'first':
      return stepTo(stopped, 0, context);
    case 'last':
      return stepTo(stopped, context.sequence(state.view.trip).length - 1, context);
    case 'show-visit': {
      const trip = context.tripOf(action.visit);
      if (trip === undefined) return state;
      const { trip: chosen } = state.view;
      return go(stopped, { trip: chosen !== null && trip !== chosen ? null : chosen, visit: action.visit }, context);
    }
    case 'pin': {
      // One place, or folded neighbours with one visit in view between them: a step to it.
      // Folded neighbours with more: their visits in one popup.
      const visit = pinnedVisit(state, action.places, context);
      if (visit === null) return { ...stopped, popup: { kind: 'place', places: action.places } };
      if (visit === state.view.visit) return { ...stopped, popup: { kind: 'visit', id: visit } };
      return go(stopped, { trip: state.view.trip, visit }, context);
    }
    case 'choose-trip':
      return go(stopped, { trip: action.trip, visit: null }, context);
    case 'history':
      return go(stopped, action.view, context, 'none');
    case 'toggle-play': {
      if (state.playing) return stopped;
      const steps = context.sequence(state.view.trip);
      const index = indexIn(state, steps);
      if (steps.length < 2) return state;
      const from = index < 0 || index >= steps.length - 1 ? stepTo(state, 0, context) : state;
      return { ...from, playing: true };
    }
    case 'stop':
      return stopped;
    case 'arrive': {
      if (!state.playing) return state;
      const steps = context.sequence(state.view.trip);
      const next = stepTo(state, indexIn(state, steps) + 1, context);
      // Playback stops at the last visit.
      return indexIn(next, steps) >= steps.length - 1 ? { ...next, playing: false } : next;
    }
    case 'popup':
      return { ...state, popup: action.target };
  }
}

/** The reducer with its state, for the explorer and the list outside it: one state, many views of it. */
export interface SteppingStore {
  get: () => SteppingState;
  dispatch: (action: SteppingAction) => void;
  subscribe: (listener: (state: SteppingState, previous: SteppingState) => void) => () => void;
  /** Set once the trips' data is there; until then actions are ignored. */
  setContext: (context: () => SteppingContext) => void;
  ready: () => boolean;
}

export function createSteppingStore(initial: SteppingState): SteppingStore {
  let state = initial;
  let context: (() => SteppingContext) | null = null;
  const listeners = new Set<(state: SteppingState, previous: SteppingState) => void>();
  return {
    get: () => state,
    dispatch(action) {
      if (!context) return;
      const previous = state;
      state = stepping(state, action, context());
      if (state !== previous) for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setContext(next) {
      context = next;
    },
    ready: () => context !== null,
  };
}
