import { describe, expect, it } from 'vitest';
import { readLand } from './land-10m';
import { type Raw, readFixtureContent } from './fixtures/fixture-data';
import { ContentError, parseContent } from './load';

const pristine = readFixtureContent();
const land = readLand();

function problemsOf(change: (raw: Raw) => void, withLand = false): string[] {
  const raw = structuredClone(pristine) as Raw;
  change(raw);
  try {
    parseContent(raw, withLand ? land : undefined);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

const trip = (raw: Raw, id: string) => raw.trips.find((t) => t.data.id === id)!.data;
const line = (raw: Raw, id: string) => (raw.railways.data as { features: { properties: { id: string; stations: { id: string; coordinates: number[] }[]; approximate: string[][] }; geometry: { coordinates: number[][] } }[] }).features.find((f) => f.properties.id === id)!;
const place = (raw: Raw, id: string) => raw.places.data.find((p) => p.id === id)!;

describe('parseContent, railways and train legs', () => {
  it('accepts the fixture railways, checked against Natural Earth land', () => {
    expect(() => parseContent(pristine, land)).not.toThrow();
  });

  it('rejects a railway segment across the sea, and a vertex in it', () => {
    // A bend through Posyet Bay, where the old drawing of the Khasan line ran.
    const problems = problemsOf((r) => {
      const coordinates = line(r, 'khasan-baranovsky').geometry.coordinates;
      coordinates.splice(coordinates.findIndex((p: number[]) => p[0] === 130.895) + 1, 0, [130.8, 42.6]);
    }, true);
    expect(problems).toContain('content/fixtures/railways.geojson: line "khasan-baranovsky": geometry.coordinates[8]: [130.8000, 42.6000] is in the sea');
    expect(problems.filter((p) => /geometry\.coordinates\[\d+\]: about \d+ km of the line is in the sea/.test(p)).length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('content/fixtures/railways.geojson: line "khasan-baranovsky": geometry.coordinates['))).toBe(true);
  });

  it('rejects a station out of order along its line', () => {
    const problems = problemsOf((r) => {
      const stations = line(r, 'khasan-baranovsky').properties.stations;
      [stations[1], stations[2]] = [stations[2], stations[1]];
    });
    expect(problems).toEqual([
      'content/fixtures/railways.geojson: line "khasan-baranovsky": properties.stations[2] "makhalino": is out of order along the line (44.1 km from its start, not after stations[1] "gvozdevo" at 55 km)',
    ]);
  });

  it('rejects a station far from the line drawn through it', () => {
    const problems = problemsOf((r) => (line(r, 'khasan-baranovsky').properties.stations[3].coordinates = [131.0, 42.9]));
    expect(problems).toEqual(['content/fixtures/railways.geojson: line "khasan-baranovsky": properties.stations[3] "sukhanovka": is 16.1 km from the line (at most 2 km)']);
  });

  it('rejects a station without its Korean name, or with its Russian name not in Cyrillic', () => {
    const problems = problemsOf((r) => {
      const stations = line(r, 'khasan-baranovsky').properties.stations as { ko?: string; ru?: string }[];
      delete stations[1].ko;
      stations[2].ru = 'Gvozdevo';
    });
    expect(problems).toEqual([
      'content/fixtures/railways.geojson: line "khasan-baranovsky": properties.stations.1.ko: Invalid input: expected string, received undefined',
      'content/fixtures/railways.geojson: line "khasan-baranovsky": properties.stations.2.ru: must be written in Cyrillic',
    ]);
  });

  it('rejects an approximate stretch that runs backwards', () => {
    const problems = problemsOf((r) => line(r, 'khasan-baranovsky').properties.approximate.push(['baranovsky', 'khasan']));
    expect(problems).toEqual(['content/fixtures/railways.geojson: line "khasan-baranovsky": properties.approximate[1]: "khasan" must come after "baranovsky" along the line']);
  });

  it('rejects a train leg that starts off the network, at a plant instead of a station', () => {
    const problems = problemsOf((r) => {
      const leg = trip(r, 'kim-2023').legs.find((l) => l.from === 'kim-2023-komsomolsk' && l.mode === 'train')!;
      leg.from = 'kim-2023-knaaz';
    });
    expect(problems).toEqual([
      'content/fixtures/trips/kim-2023.json: trip "kim-2023": legs[5].from: a train leg must start at a station, but place "knaaz" is 2 km from the nearest one (Dzemgi)',
    ]);
  });

  it('rejects a verified place without a source for its coordinates, or with an unknown one', () => {
    expect(problemsOf((r) => delete place(r, 'khasan').coordinateSource)).toEqual([
      'content/fixtures/places.json: place "khasan": coordinateSource: a verified position needs a coordinateSource: the source that states both its coordinates',
    ]);
    expect(problemsOf((r) => (place(r, 'khasan').coordinateSource = 'c99'))).toEqual([
      'content/fixtures/places.json: place "khasan": coordinateSource: unknown source id "c99"',
    ]);
  });
});
