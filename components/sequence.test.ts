import { describe, expect, it } from 'vitest';
import { getMapData } from '../content/site-data';
import { legFrom, legProgress, stepSequence } from './sequence';

const data = getMapData();

describe('stepSequence', () => {
  it('walks kim-2023 in date order, Komsomolsk before Vladivostok (trap 9)', () => {
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

describe('legProgress', () => {
  it('marks legs travelled, the one that reached the visit, and those to come', () => {
    const progress = legProgress(data, { trip: 'kim-2023', visit: 'kim-2023-vostochny' })!;
    expect(progress.get('kim-2023-khasan--kim-2023-ussuriysk')).toBe('done');
    expect(progress.get('kim-2023-ussuriysk--kim-2023-vostochny')).toBe('current');
    expect(progress.get('kim-2023-vostochny--kim-2023-komsomolsk')).toBe('ahead');
    expect(progress.get('kim-2019-khasan--kim-2019-ussuriysk')).toBe('other');
  });

  it('draws a chosen trip plainly before any step, and everything plainly in the overview', () => {
    const progress = legProgress(data, { trip: 'kim-2019', visit: null })!;
    expect(progress.get('kim-2019-khasan--kim-2019-ussuriysk')).toBe('done');
    expect(progress.get('kim-2023-khasan--kim-2023-ussuriysk')).toBe('other');
    expect(legProgress(data, { trip: null, visit: null })).toBeNull();
  });
});

describe('legFrom', () => {
  it('finds the leg leaving a visit', () => {
    expect(legFrom(data, 'kim-2023-khasan')?.to).toBe('kim-2023-ussuriysk');
    expect(legFrom(data, 'kim-2023-return')).toBeNull();
  });
});
