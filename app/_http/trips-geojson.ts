import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { z } from 'zod';
import { splitAtAntimeridian } from '../../geo/split-antimeridian';
import type { TranslatedLang } from '../../content/i18n/lang';
import type { MapData, MapPlace, MapVisit } from '../../content/map-data';

// The public data contract of /trips.geojson (documented in docs/contract.md). The
// schemas double as the export's types and let tests check what is served. The data stays
// English, with the place names and summaries of the Korean and Russian editions beside it.

/** The Korean and Russian view models, whose names and summaries the data files carry. */
export type TranslatedEditions = Record<TranslatedLang, MapData>;

/**
 * A visit's place names and summary in Korean and Russian: name_ko, name_ru, summary_ko,
 * summary_ru. A summary whose translation is pending is null (the edition would show the English).
 */
const visitIndex = new WeakMap<MapData, Map<string, MapVisit>>();

/** An edition's visits by id, indexed once per view model (the data files list every visit). */
function visitIn(data: MapData, id: string): MapVisit | undefined {
  if (!visitIndex.has(data)) visitIndex.set(data, new Map(data.visits.map((v) => [v.id, v])));
  return visitIndex.get(data)!.get(id);
}

export function exportedTranslations(visit: MapVisit, place: MapPlace, editions: TranslatedEditions) {
  const summary = (lang: TranslatedLang) => {
    const translated = visitIn(editions[lang], visit.id);
    return translated && !translated.untranslated?.includes('summary') ? translated.summary : null;
  };
  return { name_ko: place.name.ko, name_ru: place.name.ru, summary_ko: summary('ko'), summary_ru: summary('ru') };
}

export const exportedSourceSchema = z.object({
  outlet: z.string(),
  title: z.string().nullable(),
  date: z.string(),
  url: z.string().nullable(),
});

export const visitPropertiesSchema = z.object({
  kind: z.literal('visit'),
  trip: z.string(),
  id: z.string(),
  place: z.string(),
  placeName: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  timeZone: z.string(),
  summary: z.string(),
  /** The place's name in Korean (Hangul) and Russian (Cyrillic). */
  name_ko: z.string(),
  name_ru: z.string(),
  /** The summary in Korean and Russian; null where its translation is pending. */
  summary_ko: z.string().nullable(),
  summary_ru: z.string().nullable(),
  sources: z.array(exportedSourceSchema).min(1),
  met: z.string().nullable(),
  note: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low']),
  placePresumed: z.boolean(),
  dateNote: z.string().nullable(),
  timeApproximate: z.boolean(),
});

export const legPropertiesSchema = z.object({
  kind: z.literal('leg'),
  trip: z.string(),
  id: z.string(),
  from: z.string(),
  to: z.string(),
  mode: z.enum(['train', 'air', 'car']),
  certainty: z.enum(['reported', 'presumed']),
  distanceKm: z.number().nullable(),
});

export type VisitProperties = z.infer<typeof visitPropertiesSchema>;
export type LegProperties = z.infer<typeof legPropertiesSchema>;

/** The trips as an RFC 7946 FeatureCollection: a Point per visit, a LineString per leg; `data` is the English edition. */
export function tripsGeoJson(
  data: MapData,
  editions: TranslatedEditions,
): FeatureCollection<Point | LineString | MultiLineString, VisitProperties | LegProperties> {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const visits: Feature<Point, VisitProperties>[] = data.visits.map((visit) => {
    const place = placeById.get(visit.place)!;
    return {
      type: 'Feature',
      id: visit.id,
      geometry: { type: 'Point', coordinates: place.coordinates },
      properties: {
        kind: 'visit',
        trip: visit.trip,
        id: visit.id,
        place: visit.place,
        placeName: place.name.en,
        date: visit.date,
        time: visit.time,
        timeZone: visit.timeZone,
        summary: visit.summary,
        ...exportedTranslations(visit, place, editions),
        sources: visit.sources.map(({ outlet, title, date, url }) => ({ outlet, title, date, url })),
        met: visit.met,
        note: visit.note,
        confidence: visit.confidence,
        placePresumed: visit.placePresumed,
        dateNote: visit.dateNote,
        timeApproximate: visit.timeApproximate,
      },
    };
  });
  const legs: Feature<LineString | MultiLineString, LegProperties>[] = data.legs.map((leg) => ({
    type: 'Feature',
    id: leg.id,
    geometry: splitAtAntimeridian({ type: 'LineString', coordinates: leg.coordinates }),
    properties: {
      kind: 'leg',
      trip: leg.trip,
      id: leg.id,
      from: leg.from,
      to: leg.to,
      mode: leg.mode,
      certainty: leg.certainty,
      distanceKm: leg.distanceKm,
    },
  }));
  return { type: 'FeatureCollection', features: [...visits, ...legs] };
}
