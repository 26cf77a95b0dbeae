import { describe, expect, it } from 'vitest';
import { createSteppingStore, initialStepping, stepping, type SteppingAction, type SteppingContext, type SteppingState } from './stepping';

// Two trips: a1 → a2 → a3 at places p, q, p; b1 at q.
const visits = [
  { id: 'a1', trip: 'a', place: 'p' },
  { id: 'b1', trip: 'b', place: 'q' },
  { id: 'a2', trip: 'a', place: 'q' },
  { id: 'a3', trip: 'a', place: 'p' },
];
const context = (animate = false): SteppingContext => ({
  sequence: (trip) => visits.filter((v) => trip === null || v.trip === trip).map((v) => v.id),
  tripOf: (id) => visits.find((v) => v.id === id)?.trip,
  placeOf: (id) => visits.find((v) => v.id === id)?.place,
  animate,
});
const run = (state: SteppingState, ...actions: SteppingAction[]) => actions.reduce((s, a) => stepping(s, a, context()), state);
const at = (trip: string | null, visit: string | null) => initialStepping({ trip, visit }, null);

describe('stepping', () => {
  it('steps forward and back through the chosen trip, clamped at its ends', () => {
    const s = run(at('a', null), { type: 'next' });
    expect(s.view).toEqual({ trip: 'a', visit: 'a1' });
    expect(run(s, { type: 'next' }, { type: 'next' }, { type: 'next' }).view.visit).toBe('a3');
    expect(run(s, { type: 'previous' }).view.visit).toBe('a1');
    expect(run(s, { type: 'last' }, { type: 'first' }).view.visit).toBe('a1');
  });

  it('steps through every trip in date order in the overview', () => {
    expect(run(at(null, 'a1'), { type: 'next' }).view).toEqual({ trip: null, visit: 'b1' });
  });

  it('opens the visit popup with a jump, and leaves it to the flight when motion is allowed', () => {
    expect(run(at('a', 'a1'), { type: 'next' }).popup).toEqual({ kind: 'visit', id: 'a2' });
    const flown = stepping(at('a', 'a1'), { type: 'next' }, context(true));
    expect(flown.popup).toBeNull();
    expect(flown.move).toMatchObject({ kind: 'visit', id: 'a2', animate: true });
  });

  it('asks the map for a new move on every step, even back to a visit shown before', () => {
    const s = run(at('a', 'a1'), { type: 'next' }, { type: 'previous' });
    expect(s.move).toMatchObject({ kind: 'visit', id: 'a1', seq: 2 });
  });

  it('makes no change when the step would not move', () => {
    const s = at('a', 'a3');
    expect(run(s, { type: 'next' })).toBe(s);
  });

  it('clears the notice once the reader moves on', () => {
    const s = initialStepping({ trip: null, visit: null }, 'No trip called “x” — showing all trips.');
    expect(run(s, { type: 'next' }).notice).toBeNull();
  });

  it('fits the trip when one is chosen, and adds a history entry', () => {
    const s = run(at(null, 'b1'), { type: 'choose-trip', trip: 'a' });
    expect(s.view).toEqual({ trip: 'a', visit: null });
    expect(s.move).toMatchObject({ kind: 'trip', trip: 'a' });
    expect(s.history).toBe('push');
    expect(s.popup).toBeNull();
  });

  it('follows Back and Forward without a new history entry', () => {
    const s = run(at('a', 'a2'), { type: 'history', view: { trip: 'a', visit: 'a1' } });
    expect(s.view.visit).toBe('a1');
    expect(s.history).toBe('none');
  });

  it("keeps the chosen trip for a list link to its own visit, and leaves it for another trip's", () => {
    expect(run(at('a', null), { type: 'show-visit', visit: 'a2' }).view).toEqual({ trip: 'a', visit: 'a2' });
    expect(run(at('a', null), { type: 'show-visit', visit: 'b1' }).view).toEqual({ trip: null, visit: 'b1' });
    const s = at('a', null);
    expect(run(s, { type: 'show-visit', visit: 'nope' })).toBe(s);
  });

  it("makes a click on a place's pin a step to its next visit in the view", () => {
    const first = run(at('a', null), { type: 'pin', places: ['p'] });
    expect(first.view.visit).toBe('a1');
    expect(first.history).toBe('push');
    expect(run(at('a', 'a2'), { type: 'pin', places: ['p'] }).view.visit).toBe('a3');
    expect(run(at('b', 'b1'), { type: 'choose-trip', trip: 'a' }, { type: 'pin', places: ['q'] }).view.visit).toBe('a2');
  });

  it('reopens the current visit when its own pin is clicked', () => {
    const s = { ...at('a', 'a1'), popup: null };
    const after = run(s, { type: 'pin', places: ['p'] });
    expect(after.view).toEqual(s.view);
    expect(after.popup).toEqual({ kind: 'visit', id: 'a1' });
  });

  it('steps to the one visit in view that folded neighbours hold between them', () => {
    expect(run(at('b', null), { type: 'pin', places: ['p', 'q'] }).view.visit).toBe('b1');
  });

  it('lists the visits of folded neighbours, or of a place outside the view, in a popup without stepping', () => {
    const folded = run(at('a', 'a1'), { type: 'pin', places: ['p', 'q'] });
    expect(folded.view.visit).toBe('a1');
    expect(folded.popup).toEqual({ kind: 'place', places: ['p', 'q'] });
    expect(run(at('b', null), { type: 'pin', places: ['p'] }).popup).toEqual({ kind: 'place', places: ['p'] });
  });

  it('plays from the first visit when at the end or in the overview, and stops at the last', () => {
    const playing = run(at('a', 'a3'), { type: 'toggle-play' });
    expect(playing).toMatchObject({ playing: true, view: { visit: 'a1' } });
    const second = run(playing, { type: 'arrive' });
    expect(second).toMatchObject({ playing: true, view: { visit: 'a2' } });
    expect(run(second, { type: 'arrive' })).toMatchObject({ playing: false, view: { visit: 'a3' } });
  });

  it('stops playback on any step the reader takes, or on a pause', () => {
    const playing = run(at('a', 'a1'), { type: 'toggle-play' });
    expect(run(playing, { type: 'previous' }).playing).toBe(false);
    expect(run(playing, { type: 'toggle-play' }).playing).toBe(false);
    expect(run(playing, { type: 'stop' }).playing).toBe(false);
    expect(run(run(playing, { type: 'stop' }), { type: 'arrive' }).view.visit).toBe('a1');
  });
});

describe('createSteppingStore', () => {
  it('ignores actions until the content is there, then tells listeners of each change', () => {
    const store = createSteppingStore(at('a', null));
    const seen: (string | null)[] = [];
    store.subscribe((state) => seen.push(state.view.visit));
    store.dispatch({ type: 'next' });
    expect(store.get().view.visit).toBeNull();
    store.setContext(() => context());
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'popup', target: null });
    expect(seen).toEqual(['a1', 'a1']);
  });
});
