import { describe, expect, it } from 'vitest';
import { readFixtureContent } from './fixtures/fixture-data';
import { parseContent } from './load';
import { buildMapData } from './map-data';

const content = parseContent(readFixtureContent());
const legsOf = (trip: string) => content.legs.filter((l) => l.trip === trip);
const sumKm = (trip: string) => legsOf(trip).reduce((sum, l) => sum + (l.distanceKm ?? 0), 0);

describe('a trip\'s distance as the edition writes it', () => {
  // In the fixtures: kim-2023 has a car leg whose distance is not known; choe-2014's legs all have one.
  const partial = 'kim-2023';
  const whole = 'choe-2014';

  it('the fixtures hold one trip of each kind, both over 1,000 km', () => {
    expect(legsOf(partial).some((l) => l.distanceKm === null)).toBe(true);
    expect(legsOf(whole).every((l) => l.distanceKm !== null)).toBe(true);
    expect(Math.min(sumKm(partial), sumKm(whole))).toBeGreaterThan(1000);
  });

  it('writes the sum of the legs\' distances with the edition\'s separators and unit, as a lower bound where a leg has none', () => {
    const trip = (lang: 'en' | 'ko' | 'ru', id: string) => buildMapData(content, lang).trips.find((t) => t.id === id)!.distance;
    const [w, p] = [Math.round(sumKm(whole)), Math.round(sumKm(partial))];
    const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);
    expect(trip('en', whole)).toBe(`${grouped(w, ',')} km`);
    expect(trip('en', partial)).toBe(`at least ${grouped(p, ',')} km`);
    expect(trip('ko', whole)).toBe(`${grouped(w, ',')}km`);
    expect(trip('ru', partial)).toBe(`не менее ${grouped(p, '\u00a0')} км`);
  });

  it('says the distance is not known where no leg has one', () => {
    // As a trip whose every leg is an unverified car ride would be (content/load.ts).
    const unmeasured = { ...content, legs: content.legs.map((leg) => (leg.trip === whole ? { ...leg, distanceKm: null } : leg)) };
    expect(buildMapData(unmeasured, 'en').trips.find((t) => t.id === whole)!.distance).toBe('distance not known');
  });
});
