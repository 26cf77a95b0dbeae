import { describe, expect, it } from 'vitest';
import { fixtureContent, fixtureMapData } from '../../content/fixtures/fixture-data';
import { buildMapData } from '../../content/map-data';
import { tripsGeoJson, visitPropertiesSchema, type VisitProperties } from './trips-geojson';

const en = fixtureMapData();
const ko = buildMapData(fixtureContent(), 'ko');
const ru = buildMapData(fixtureContent(), 'ru');
const visitsOf = (collection: ReturnType<typeof tripsGeoJson>) =>
  collection.features.filter((f) => f.properties.kind === 'visit').map((f) => f.properties as VisitProperties);

describe('tripsGeoJson, names and summaries in Korean and Russian', () => {
  it('keeps the English and adds each visit’s place names and summaries from the Korean and Russian editions', () => {
    const visits = visitsOf(tripsGeoJson(en, { ko, ru }));
    expect(visits).toHaveLength(en.visits.length);
    for (const visit of visits) {
      expect(visitPropertiesSchema.strict().parse(visit)).toEqual(visit);
      const place = en.places.find((p) => p.id === visit.place)!;
      expect(visit.placeName).toBe(place.name.en);
      expect(visit.summary).toBe(en.visits.find((v) => v.id === visit.id)!.summary);
      expect([visit.name_ko, visit.name_ru]).toEqual([place.name.ko, place.name.ru]);
      expect(visit.summary_ko).toBe(ko.visits.find((v) => v.id === visit.id)!.summary);
      expect(visit.summary_ru).toBe(ru.visits.find((v) => v.id === visit.id)!.summary);
    }
    expect(visits.find((v) => v.id === 'kim-2023-vostochny')!.summary_ko).toMatch(/\p{Script=Hangul}/u);
    expect(visits.find((v) => v.id === 'kim-2023-vostochny')!.summary_ru).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('gives null for a summary whose translation is pending, not the English again', () => {
    const pending = { ...ko, visits: ko.visits.map((v) => (v.id === 'kim-2023-vostochny' ? { ...v, summary: 'English text', untranslated: ['summary'] } : v)) };
    const visit = visitsOf(tripsGeoJson(en, { ko: pending, ru })).find((v) => v.id === 'kim-2023-vostochny')!;
    expect(visit.summary_ko).toBeNull();
    expect(visit.summary_ru).not.toBeNull();
  });
});
