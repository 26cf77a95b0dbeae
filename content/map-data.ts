import type { FeatureCollection, Position } from 'geojson';
import { boundsOf } from '../geo/bounds';
import { directionArrow } from '../geo/direction-arrow';
import { axisInstants } from './axis-instants';
import { legPathNote } from './leg-path-note';
import { MAP_MAX_ZOOM } from './basemap/basemap-levels';
import type { Content } from './load';
import type { Leg, Place, Source, Trip, Visit } from './schema';
import { foldablePlaces, showZooms } from './place-folding';
import { formatDateRange, formatPartialDate, formatVisitTime } from './time';
import { fill, formatKm, plural } from './i18n/format';
import type { Lang } from './i18n/lang';
import { UI_MESSAGES } from './i18n/ui-messages';
import { type TranslatedKind, translator } from './translations';

// The view model handed to the page and the map, one per edition: content in the edition's
// language plus display labels, computed once at build time so the browser does no time-zone
// arithmetic.

/** The fields of an item that show the English because their translation is pending. */
export interface MaybeUntranslated {
  untranslated?: string[];
}

export interface MapSource {
  outlet: string;
  title: string | null;
  /** ISO, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  dateLabel: string;
  url: string | null;
}

export interface MapVisit extends MaybeUntranslated {
  id: string;
  trip: string;
  place: string;
  /** Local date, ISO; null where not reported. */
  date: string | null;
  dateLabel: string;
  dateNote: string | null;
  /** Local wall-clock time HH:MM; null where not reported. */
  time: string | null;
  timeLabel: string | null;
  timeNote: string | null;
  /** The reported time is approximate ("about 06:00"). */
  timeApproximate: boolean;
  pyongyangLabel: string | null;
  timeZone: string;
  /** Where the timeline places the visit, in ms since 1970 (see axisInstants); null when its trip has no date. */
  axisInstant: number | null;
  met: string | null;
  summary: string;
  note: string | null;
  placePresumed: boolean;
  confidence: Visit['confidence'];
  sources: MapSource[];
}

export interface MapLeg extends MaybeUntranslated {
  id: string;
  trip: string;
  from: string;
  to: string;
  mode: Leg['mode'];
  certainty: Leg['certainty'];
  note: string | null;
  /** How the path is drawn: the stations a train leg runs through and where its line is approximate; a car leg's stand-in line. */
  pathNote: string | null;
  distanceKm: number | null;
  coordinates: Position[];
  /** Where the direction-of-travel arrow stands, and its on-screen angle (degrees clockwise from east). */
  arrow: { position: Position; angle: number } | null;
}


export interface MapPlace extends MaybeUntranslated {
  id: string;
  kind: Place['kind'];
  name: Place['name'];
  /** The map label: the edition's name; in English the short name where there is one. */
  label: string;
  region: string;
  coordinates: Position;
  quality: Place['quality'];
  qualityNote: string | null;
  visits: string[];
  /** The lowest zoom of the interactive map from which the place has a marker of its own (see showZooms). */
  showZoom: number;
}

export interface MapTrip extends MaybeUntranslated {
  id: string;
  kind: Trip['kind'];
  title: string;
  traveller: Trip['traveller'];
  travellerRole: string;
  colour: string;
  summary: string;
  dateRange: string;
  /**
   * The sum of the legs' distances as the edition writes it: "13,887 km"; "at least 1,252 km"
   * where a leg has none; "distance not known" where none has. Written here, so that the page
   * makes no number formatter to draw the legend.
   */
  distance: string;
  visits: string[];
  legs: string[];
  /** [west, south, east, north] of the trip's legs and places. */
  bounds: [number, number, number, number];
}

/** A trip's length as the edition writes it (MapTrip.distance). */
function tripDistance(legs: { distanceKm: number | null }[], lang: Lang): string {
  const totalKm = legs.reduce((sum, l) => sum + (l.distanceKm ?? 0), 0);
  const partial = legs.some((l) => l.distanceKm === null);
  const m = UI_MESSAGES[lang];
  if (totalKm === 0 && partial) return m.distanceUnknown;
  return partial ? fill(m.atLeast, { distance: formatKm(totalKm, lang) }) : formatKm(totalKm, lang);
}

export interface MapData {
  lang: Lang;
  trips: MapTrip[];
  places: MapPlace[];
  /** Every visit, in date order across trips. */
  visits: MapVisit[];
  legs: MapLeg[];
  /** [west, south, east, north] of all visits and legs. */
  bounds: [number, number, number, number];
}

function mapSource(source: Source, lang: Lang): MapSource {
  return { outlet: source.outlet, title: source.title, date: source.date, dateLabel: formatPartialDate(source.date, lang), url: source.url };
}

/** An item's translated fields, and which of them show the English (their translation pending). */
function translatedFields<F extends string>(translate: ReturnType<typeof translator>, kind: TranslatedKind, id: string, fields: Record<F, string | null | undefined>) {
  const untranslated: string[] = [];
  const out = {} as Record<F, string | null>;
  for (const [field, english] of Object.entries(fields) as [F, string | null | undefined][]) {
    if (english === null || english === undefined) {
      out[field] = null;
      continue;
    }
    const shown = translate(kind, id, field, english);
    if (shown.pending) untranslated.push(field);
    out[field] = shown.text;
  }
  return { fields: out, untranslated: untranslated.length > 0 ? { untranslated } : {} };
}

/** Visits in date order; a visit without a date keeps its place in its trip's sequence. */
function inDateOrder(trips: Trip[]): Visit[] {
  const keyed = trips.flatMap((trip) => {
    const dated = trip.visits.map((v) => v.date);
    return trip.visits.map((visit, i) => {
      const nearest = dated.slice(0, i + 1).reverse().find(Boolean) ?? dated.slice(i).find(Boolean) ?? '';
      return { visit, key: `${nearest}|${trip.id}|${String(i).padStart(4, '0')}` };
    });
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : 1)).map((k) => k.visit);
}

/** [west, south, east, north] of points and lines. */
function extentOf(points: Position[], lines: Position[][]): [number, number, number, number] {
  const extent: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...points.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates } })),
      ...lines.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates } })),
    ],
  };
  const [w, s, e, n] = boundsOf(extent);
  return [w, s, e, n];
}

export function buildMapData(content: Content, lang: Lang = 'en'): MapData {
  const translate = translator(lang, content.translations);
  const tripOf = new Map(content.trips.flatMap((t) => t.visits.map((v) => [v.id, t.id] as const)));
  const axisInstantOf = new Map(content.trips.flatMap((t) => {
    const placed = axisInstants(t.visits);
    return t.visits.map((v, i) => [v.id, placed[i]] as const);
  }));
  const visits: MapVisit[] = inDateOrder(content.trips).map((visit) => {
    const labels = formatVisitTime(visit, lang);
    const { fields, untranslated } = translatedFields(translate, 'visit', visit.id, {
      summary: visit.summary, note: visit.note, met: visit.met, dateNote: visit.dateNote, timeNote: visit.timeNote,
    });
    return {
      id: visit.id,
      trip: tripOf.get(visit.id)!,
      place: visit.place,
      date: visit.date,
      dateLabel: labels.date,
      dateNote: fields.dateNote,
      time: visit.time,
      timeLabel: labels.time,
      timeNote: fields.timeNote,
      timeApproximate: visit.timeApproximate ?? false,
      pyongyangLabel: labels.pyongyang,
      timeZone: visit.timeZone,
      axisInstant: axisInstantOf.get(visit.id)!,
      met: fields.met,
      summary: fields.summary!,
      note: fields.note,
      placePresumed: visit.placePresumed ?? false,
      confidence: visit.confidence,
      sources: visit.sources.map((id) => mapSource(content.sources.get(id)!, lang)),
      ...untranslated,
    };
  });

  const legs: MapLeg[] = content.legs.map((leg) => {
    const arrow = directionArrow(leg.geometry);
    const { fields, untranslated } = translatedFields(translate, 'leg', leg.id, { note: leg.note });
    return {
      id: leg.id,
      trip: leg.trip,
      from: leg.from,
      to: leg.to,
      mode: leg.mode,
      certainty: leg.certainty,
      note: fields.note,
      pathNote: legPathNote(leg.mode, leg.geometry.coordinates, content.railways, lang),
      distanceKm: leg.distanceKm,
      coordinates: leg.geometry.coordinates,
      arrow: arrow && { position: arrow.geometry.coordinates, angle: arrow.properties.angle },
      ...untranslated,
    };
  });

  const trips: MapTrip[] = content.trips.map((trip): MapTrip => {
    const dates = trip.visits.map((v) => v.date).filter((d): d is string => d !== null);
    const tripLegs = legs.filter((l) => l.trip === trip.id);
    const { fields, untranslated } = translatedFields(translate, 'trip', trip.id, { title: trip.title, travellerRole: trip.travellerRole, summary: trip.summary });
    const undated = trip.visits.length - dates.length;
    return {
      id: trip.id,
      kind: trip.kind,
      title: fields.title!,
      traveller: trip.traveller,
      travellerRole: fields.travellerRole!,
      colour: trip.colour,
      summary: fields.summary!,
      dateRange: formatDateRange(dates[0], dates[dates.length - 1], lang) + (undated > 0 ? plural(lang, UI_MESSAGES[lang].undatedStops, undated) : ''),
      distance: tripDistance(tripLegs, lang),
      visits: trip.visits.map((v) => v.id),
      legs: tripLegs.map((l) => l.id),
      bounds: extentOf(
        trip.visits.map((v) => content.places.get(v.place)!.coordinates),
        tripLegs.map((l) => l.coordinates),
      ),
      ...untranslated,
    };
  });
  trips.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'core' ? -1 : 1));

  const listed = [...content.places.values()]
    .map((place) => {
      const { fields, untranslated } = translatedFields(translate, 'place', place.id, { region: place.region, qualityNote: place.qualityNote });
      return {
        id: place.id,
        kind: place.kind,
        name: place.name,
        label: lang === 'en' ? place.shortName ?? place.name.en : place.name[lang],
        region: fields.region!,
        coordinates: place.coordinates,
        quality: place.quality,
        qualityNote: fields.qualityNote,
        visits: visits.filter((v) => v.place === place.id).map((v) => v.id),
        ...untranslated,
      };
    })
    // Cities stay even without visits of their own: they lead the folded marker of their sites.
    .filter((place) => place.visits.length > 0 || place.kind === 'city');
  // Worked out here, once, rather than by the map on a reader's step: it folds the places at every zoom.
  const shownFrom = showZooms(foldablePlaces(listed), MAP_MAX_ZOOM);
  const places: MapPlace[] = listed.map((place) => ({ ...place, showZoom: shownFrom.get(place.id)! }));

  return { lang, trips, places, visits, legs, bounds: extentOf(places.map((p) => p.coordinates), legs.map((l) => l.coordinates)) };
}
