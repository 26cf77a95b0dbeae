import { describe, expect, it } from 'vitest';
import { contentProblems, type Raw, readFixtureContent } from './fixtures/fixture-data';
import { parseContent, type RawContent } from './load';

const pristine = readFixtureContent();

/** A deep copy of the fixture content with one change applied. */
function withChange(change: (raw: Raw) => void): RawContent {
  const copy = structuredClone(pristine) as Raw;
  change(copy);
  return copy;
}

const trip = (raw: Raw, id: string) => raw.trips.find((t) => t.data.id === id)!.data;

const problemsOf = contentProblems;

describe('parseContent', () => {
  it('accepts the fixture content as it is', () => {
    const content = parseContent(pristine);
    expect(content.trips.map((t) => t.id)).toEqual(['choe-2014', 'kim-2019', 'kim-2023', 'kim-jong-il-2011']);
  });

  it('rejects a missing field, naming file, trip and field path', () => {
    const raw = withChange((r) => Reflect.deleteProperty(trip(r, 'kim-2023').visits[1], 'summary'));
    expect(problemsOf(raw)).toEqual(['content/fixtures/trips/kim-2023.json: trip "kim-2023": visits[1].summary: is required']);
  });

  it('rejects an unknown place id', () => {
    const raw = withChange((r) => (trip(r, 'kim-2019').visits[2].place = 'khasann'));
    expect(problemsOf(raw)).toEqual(['content/fixtures/trips/kim-2019.json: trip "kim-2019": visits[2].place: unknown place id "khasann"']);
  });

  it('rejects coordinates out of range', () => {
    const raw = withChange((r) => (r.places.data[0].coordinates = [225.75, 39.02]));
    expect(problemsOf(raw)).toEqual(['content/fixtures/places.json: place "pyongyang": coordinates[0]: longitude must be between -180 and 180']);
  });

  it('rejects a date that is not ISO', () => {
    const raw = withChange((r) => (trip(r, 'kim-2023').visits[1].date = '12 Sep 2023'));
    expect(problemsOf(raw)).toEqual(['content/fixtures/trips/kim-2023.json: trip "kim-2023": visits[1].date: must be an ISO date YYYY-MM-DD']);
  });

  it('rejects an impossible calendar date', () => {
    const raw = withChange((r) => (trip(r, 'kim-2023').visits[1].date = '2023-09-31'));
    expect(problemsOf(raw)).toContain('content/fixtures/trips/kim-2023.json: trip "kim-2023": visits[1].date: must be a real calendar date');
  });

  it('rejects a time zone that is not IANA', () => {
    for (const zone of ['KST', 'UTC+9', 'Asia/Nowhere']) {
      const raw = withChange((r) => (trip(r, 'kim-2023').visits[1].timeZone = zone));
      expect(problemsOf(raw)).toEqual([
        'content/fixtures/trips/kim-2023.json: trip "kim-2023": visits[1].timeZone: must be an IANA time zone such as "Asia/Pyongyang"',
      ]);
    }
  });

  it('rejects visits out of date order', () => {
    const raw = withChange((r) => (trip(r, 'kim-2023').visits[3].date = '2023-09-11'));
    expect(problemsOf(raw)).toEqual([
      'content/fixtures/trips/kim-2023.json: trip "kim-2023": visits[3].date: visits are out of date order (2023-09-11 13:00 comes after visits[2] on 2023-09-12)',
    ]);
  });

  it('rejects a leg that refers to a visit of another trip', () => {
    const raw = withChange((r) => (trip(r, 'kim-2023').legs[0].to = 'kim-2019-khasan'));
    expect(problemsOf(raw)).toEqual([
      'content/fixtures/trips/kim-2023.json: trip "kim-2023": legs[0].to: "kim-2019-khasan" is a visit of trip "kim-2019", not of "kim-2023"',
    ]);
  });

  it('rejects duplicate ids of visits, places and sources', () => {
    const visit = withChange((r) => (trip(r, 'kim-2023').visits[2].id = 'kim-2023-khasan'));
    expect(problemsOf(visit)).toContain(
      'content/fixtures/trips/kim-2023.json: trip "kim-2023": visits[2].id: duplicate id "kim-2023-khasan" (also in trip "kim-2023")',
    );
    const place = withChange((r) => (r.places.data[1].id = 'pyongyang'));
    expect(problemsOf(place)).toContain('content/fixtures/places.json: place "pyongyang": id: duplicate id');
    const source = withChange((r) => (r.sources.data[1].id = 's000'));
    expect(problemsOf(source)).toContain('content/fixtures/sources.json: source "s000": id: duplicate id');
  });

  it('rejects a visit without sources and an unknown source id', () => {
    const none = withChange((r) => (trip(r, 'choe-2014').visits[0].sources = []));
    expect(problemsOf(none)).toEqual(['content/fixtures/trips/choe-2014.json: trip "choe-2014": visits[0].sources: every visit needs at least one source']);
    const unknown = withChange((r) => (trip(r, 'choe-2014').visits[0].sources = ['p999']));
    expect(problemsOf(unknown)).toEqual(['content/fixtures/trips/choe-2014.json: trip "choe-2014": visits[0].sources[0]: unknown source id "p999"']);
  });

  it('rejects high confidence that rests on one report, but not on one official text', () => {
    const one = withChange((r) => Object.assign(trip(r, 'choe-2014').visits[5], { sources: ['p08'], confidence: 'high' }));
    expect(problemsOf(one)).toEqual(['content/fixtures/trips/choe-2014.json: trip "choe-2014": visits[5].confidence: "high" needs two or more sources or an official one, and "p08" is the only source']);
    const official = withChange((r) => Object.assign(trip(r, 'choe-2014').visits[5], { sources: ['p09'], confidence: 'high' }));
    expect(parseContent(official).trips[0].visits[5].confidence).toBe('high');
    const twice = withChange((r) => Object.assign(trip(r, 'choe-2014').visits[5], { sources: ['p08', 'p08'], confidence: 'high' }));
    expect(problemsOf(twice)).toContain('content/fixtures/trips/choe-2014.json: trip "choe-2014": visits[5].sources: a source is listed twice (it would count twice towards "high")');
  });

  it('rejects names in the wrong script', () => {
    const raw = withChange((r) => (r.places.data[0].name.ko = 'Pyongyang'));
    expect(problemsOf(raw)).toEqual(['content/fixtures/places.json: place "pyongyang": name.ko: must be written in Hangul']);
  });

  it('rejects a rail leg between places no railway reaches', () => {
    const raw = withChange((r) => (trip(r, 'choe-2014').legs[0].mode = 'train'));
    expect(problemsOf(raw)).toEqual([
      'content/fixtures/trips/choe-2014.json: trip "choe-2014": legs[0].from: a train leg must start at a station, but place "sunan-airport" is 17.5 km from the nearest one (Pyongsong)',
      'content/fixtures/trips/choe-2014.json: trip "choe-2014": legs[0].to: a train leg must end at a station, but place "sheremetyevo" is 4418.9 km from the nearest one (Ulan-Ude)',
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const raw = withChange((r) => {
      trip(r, 'kim-2019').visits[2].place = 'nowhere';
      trip(r, 'kim-2023').visits[1].timeZone = 'KST';
    });
    expect(problemsOf(raw)).toHaveLength(2);
  });
});

describe('arcPoints', () => {
  it('spaces great-circle points about 200 km apart, within 8 to 64', async () => {
    const { arcPoints } = await import('./leg-geometry');
    expect(arcPoints(100)).toBe(8);
    expect(arcPoints(6394)).toBe(33);
    expect(arcPoints(20000)).toBe(64);
  });
});
