import { describe, expect, it } from 'vitest';
import { readFixtureContent } from './fixtures/fixture-data';
import { parseContent } from './load';
import { buildMapData } from './map-data';

const content = parseContent(readFixtureContent());

describe('a trip\'s distance as the edition writes it', () => {
  it('writes the sum of the legs\' distances with the edition\'s unit, as a lower bound where a leg has none', () => {
    const en = buildMapData(content, 'en').trips;
    const partial = en.find((t) => t.totalIsPartial && t.totalKm > 0)!;
    const whole = en.find((t) => !t.totalIsPartial)!;
    expect(whole.distance).toBe(`${whole.totalKm.toLocaleString('en-GB')} km`);
    expect(partial.distance).toBe(`at least ${partial.totalKm.toLocaleString('en-GB')} km`);
    const ru = buildMapData(content, 'ru').trips.find((t) => t.id === partial.id)!;
    expect(ru.distance).toMatch(/^не менее [\d\s ]+ км$/u);
    const ko = buildMapData(content, 'ko').trips.find((t) => t.id === whole.id)!;
    expect(ko.distance).toMatch(/^[\d,]+km$/);
  });

  it('says the distance is not known where no leg has one', () => {
    // As a trip whose every leg is an unverified car ride would be (content/load.ts).
    const parsed = parseContent(readFixtureContent());
    const trip = parsed.trips[0].id;
    const unmeasured = { ...parsed, legs: parsed.legs.map((leg) => (leg.trip === trip ? { ...leg, distanceKm: null } : leg)) };
    const unknown = buildMapData(unmeasured, 'en').trips.find((t) => t.id === trip)!;
    expect(unknown.distance).toBe('distance not known');
  });
});
