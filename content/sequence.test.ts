import { describe, expect, it } from 'vitest';
import type { ViewState } from './view';
import { fixtureMapData } from './fixtures/fixture-data';
import { legInto, legState, stepSequence, tripProgress } from './sequence';

const data = fixtureMapData();

/** Every leg's state at a view, through the per-trip progress the map memoises on. */
function legStates(view: ViewState) {
  const progress = tripProgress(data, view, stepSequence(data, view.trip));
  const positionInTrip = new Map(data.trips.flatMap((t) => t.visits.map((v, i) => [v, i] as const)));
  return new Map(data.legs.map((l) => [l.id, legState(progress.get(l.trip)!, positionInTrip.get(l.to)!)]));
}

describe('stepSequence', () => {
  it('walks kim-2023 in date order: the aircraft plant at Komsomolsk before the airfield at Knevichi, Vladivostok', () => {
    const steps = stepSequence(data, 'kim-2023');
    expect(steps[0]).toBe('kim-2023-departure');
    expect(steps.indexOf('kim-2023-knaaz')).toBeLessThan(steps.indexOf('kim-2023-knevichi'));
    expect(steps.at(-1)).toBe('kim-2023-return');
    expect(steps).toHaveLength(15);
  });

  it('walks every visit for all trips', () => {
    expect(stepSequence(data, null)).toHaveLength(data.visits.length);
  });
});

describe('leg states while stepping', () => {
  it('marks legs travelled, the one that reached the visit, and those to come', () => {
    const states = legStates({ trip: 'kim-2023', visit: 'kim-2023-vostochny' });
    expect(states.get('kim-2023-khasan--kim-2023-ussuriysk')).toBe('done');
    expect(states.get('kim-2023-ussuriysk--kim-2023-vostochny')).toBe('current');
    expect(states.get('kim-2023-vostochny--kim-2023-komsomolsk')).toBe('ahead');
    expect(states.get('kim-2019-khasan--kim-2019-ussuriysk')).toBe('other');
  });

  it('across all trips, earlier trips are travelled and later ones to come', () => {
    const states = legStates({ trip: null, visit: 'kim-2019-summit' });
    expect(states.get('choe-2014-departure--choe-2014-moscow-arrival')).toBe('done');
    expect(states.get('kim-2019-vladivostok--kim-2019-summit')).toBe('current');
    expect(states.get('kim-2019-summit--kim-2019-memorial')).toBe('ahead');
    expect(states.get('kim-2023-khasan--kim-2023-ussuriysk')).toBe('ahead');
  });

  it('draws a chosen trip plainly before any step, and everything plainly in the overview', () => {
    const chosen = legStates({ trip: 'kim-2019', visit: null });
    expect(chosen.get('kim-2019-khasan--kim-2019-ussuriysk')).toBe('done');
    expect(chosen.get('kim-2023-khasan--kim-2023-ussuriysk')).toBe('other');
    expect([...legStates({ trip: null, visit: null }).values()].every((s) => s === undefined)).toBe(true);
  });
});

describe('legInto', () => {
  it('finds the leg that reached a visit, even where two legs leave the visit before it', () => {
    expect(legInto(data, 'kim-2023-ussuriysk')?.from).toBe('kim-2023-khasan');
    // From Komsomolsk a car went to the plant and the train on to Artyom.
    expect(legInto(data, 'kim-2023-artyom-arrival')).toMatchObject({ from: 'kim-2023-komsomolsk', mode: 'train' });
    expect(legInto(data, 'kim-2023-departure')).toBeNull();
  });
});
