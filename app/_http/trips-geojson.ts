import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { z } from 'zod';
import { splitAtAntimeridian } from '../../geo/split-antimeridian';
import type { MapData } from '../../content/map-data';

// The public data contract of /trips.geojson (documented in the README). The
// schemas double as the export's types and let tests check what is served.

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

/** The trips as an RFC 7946 FeatureCollection: a Point per visit, a LineString per leg. */
export function tripsGeoJson(
  data: MapData,
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
