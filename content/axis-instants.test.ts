import { describe, expect, it } from 'vitest';
import { axisInstants } from './axis-instants';
import { fixtureContent } from './fixtures/fixture-data';

const at = (iso: string) => Date.parse(iso);
const visit = (date: string | null, time: string | null, timeZone: string) => ({ date, time, timeZone });

describe('axisInstants', () => {
  it('puts a timed visit at its moment', () => {
    expect(axisInstants([visit('2023-09-12', '06:00', 'Asia/Vladivostok')])).toEqual([at('2023-09-11T20:00:00Z')]);
  });

  it('keeps a date-only visit before a timed one the trip reached later in another zone (Tumangang, Khasan 2019)', () => {
    const [departure, tumangang, khasan] = axisInstants([
      visit(null, null, 'Asia/Pyongyang'),
      visit('2019-04-24', null, 'Asia/Pyongyang'),
      visit('2019-04-24', '10:40', 'Asia/Vladivostok'),
    ]);
    // Pyongyang's 24 Apr begins at 15:00 UTC on the 23rd; Khasan is 00:40 UTC on the 24th: halfway.
    expect(tumangang).toBe(at('2019-04-23T19:50:00Z'));
    expect(khasan).toBe(at('2019-04-24T00:40:00Z'));
    expect(departure).toBe(tumangang);
  });

  it('shares out a day among the visits with that date alone, after the last moment reported', () => {
    const placed = axisInstants([
      visit('2024-06-19', '02:22', 'Asia/Pyongyang'),
      visit('2024-06-19', null, 'Asia/Pyongyang'),
      visit('2024-06-19', null, 'Asia/Pyongyang'),
    ]);
    // From 02:22 to midnight (15:00 UTC) in three equal parts.
    const from = at('2024-06-18T17:22:00Z');
    const third = (at('2024-06-19T15:00:00Z') - from) / 3;
    expect(placed).toEqual([from, from + third, from + 2 * third]);
  });

  it('uses the whole local day where nothing bounds it', () => {
    expect(axisInstants([visit('2014-11-21', null, 'Asia/Vladivostok'), visit('2014-11-21', null, 'Asia/Vladivostok')]))
      .toEqual([at('2014-11-20T22:00:00Z'), at('2014-11-21T06:00:00Z')]);
  });

  it('puts an undated last visit on the one before it, and a trip with no dates nowhere', () => {
    const [, lavrov, khabarovsk] = axisInstants([
      visit('2014-09-30', null, 'Europe/Moscow'),
      visit('2014-10-01', null, 'Europe/Moscow'),
      visit(null, null, 'Asia/Vladivostok'),
    ]);
    expect(khabarovsk).toBe(lavrov);
    expect(axisInstants([visit(null, null, 'Asia/Pyongyang')])).toEqual([null]);
  });

  it('sits on the visit before when moments clash across zones', () => {
    // 23:30 in Moscow on 24 Apr is after Pyongyang's 24 Apr has ended.
    const [moscow, pyongyang] = axisInstants([visit('2019-04-24', '23:30', 'Europe/Moscow'), visit('2019-04-24', null, 'Asia/Pyongyang')]);
    expect(pyongyang).toBe(moscow);
  });

  it('never goes back in time within any trip of the content', () => {
    for (const trip of fixtureContent().trips) {
      const placed = axisInstants(trip.visits);
      placed.forEach((instant, i) => {
        expect(instant, `${trip.visits[i].id}`).not.toBeNull();
        if (i > 0) expect(instant!, `${trip.visits[i].id} after ${trip.visits[i - 1].id}`).toBeGreaterThanOrEqual(placed[i - 1]!);
      });
    }
  });
});
