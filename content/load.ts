import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { z } from 'zod';
import type { LandIndex } from '../geo/land';
import { lengthKm } from '../geo/length-km';
import { TRANSLATED_LANGS, type TranslatedLang } from './i18n/lang';
import { readLand } from './land-10m';
import { legGeometry } from './leg-geometry';
import { nearestStation, railwayProblems, TRAIN_END_KM } from './railway-checks';
import {
  type Leg,
  type Place,
  placeSchema,
  type Source,
  sourceSchema,
  type Trip,
  tripSchema,
  lngLatSchema,
} from './schema';
import { checkTranslations, type RawTranslationFile, type TranslationIndex } from './translations';

export interface RawFile {
  /** Path shown in error messages, relative to the project. */
  file: string;
  data: unknown;
}

export interface RawContent {
  /** The content folder as error messages show it ("content"). */
  dir: string;
  places: RawFile;
  sources: RawFile;
  railways: RawFile;
  trips: RawFile[];
  translations: RawTranslationFile[];
}

export interface ResolvedLeg extends Leg {
  trip: string;
  id: string;
  geometry: LineString;
  /** Null for a car leg to a site whose position is not verified: over a few km the stand-in's error would dominate. */
  distanceKm: number | null;
}

export interface Content {
  places: Map<string, Place>;
  sources: Map<string, Source>;
  trips: Trip[];
  legs: ResolvedLeg[];
  railways: FeatureCollection<LineString>;
  /** Each edition's texts, by item and field (see translations.ts). */
  translations: Record<TranslatedLang, TranslationIndex>;
}

/** Every problem found, one line each: file, trip or item, field path, message. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

const railwaysSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ id: z.string(), name: z.string() }).passthrough(),
      geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lngLatSchema).min(2) }),
    }),
  ),
});

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const errorMessages: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;

function parse<T>(schema: z.ZodType<T>, raw: RawFile, label: (path: PropertyKey[]) => string, problems: string[]): T | null {
  const result = schema.safeParse(raw.data, { error: errorMessages });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = label(issue.path);
    problems.push(`${raw.file}: ${where}${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  }
  return null;
}

function findDuplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

/** Parses a file that holds an array, item by item, so one bad item does not hide the rest. */
function parseEach<T extends { id: string }>(schema: z.ZodType<T>, raw: RawFile, kind: string, problems: string[]) {
  if (!Array.isArray(raw.data)) {
    problems.push(`${raw.file}: (root): must be an array of ${kind}s`);
    return { items: [] as T[], declaredIds: new Set<string>() };
  }
  const items: T[] = [];
  const declaredIds = new Set<string>();
  raw.data.forEach((item, i) => {
    const id = (item as { id?: unknown })?.id;
    if (typeof id === 'string') declaredIds.add(id);
    const label = typeof id === 'string' ? `${kind} "${id}": ` : `${kind} [${i}]: `;
    const parsed = parse(schema, { file: raw.file, data: item }, () => label, problems);
    if (parsed) items.push(parsed);
  });
  return { items, declaredIds };
}

/**
 * Validates everything and resolves leg geometry; throws ContentError listing every problem.
 * With `land`, railway lines are also checked for stretches in the sea.
 */
export function parseContent(raw: RawContent, land?: LandIndex): Content {
  const problems: string[] = [];
  const { items: places, declaredIds: declaredPlaces } = parseEach(placeSchema, raw.places, 'place', problems);
  const { items: sources, declaredIds: declaredSources } = parseEach(sourceSchema, raw.sources, 'source', problems);
  const railways = parse(railwaysSchema, raw.railways, () => '', problems) as FeatureCollection<LineString> | null;
  if (railways) problems.push(...railwayProblems(raw.railways.file, railways, land));
  const trips: { file: string; trip: Trip }[] = [];
  for (const file of raw.trips) {
    const id = (file.data as { id?: unknown })?.id;
    const trip = parse(tripSchema, file, () => (typeof id === 'string' ? `trip "${id}": ` : ''), problems);
    if (trip) trips.push({ file: file.file, trip });
  }

  for (const id of findDuplicates(places.map((p) => p.id))) problems.push(`${raw.places.file}: place "${id}": id: duplicate id`);
  for (const id of findDuplicates(sources.map((s) => s.id))) problems.push(`${raw.sources.file}: source "${id}": id: duplicate id`);
  for (const id of findDuplicates(trips.map((t) => t.trip.id))) problems.push(`content/trips: trip "${id}": id: duplicate id`);

  for (const place of places) {
    if (place.coordinateSource && !declaredSources.has(place.coordinateSource)) {
      problems.push(`${raw.places.file}: place "${place.id}": coordinateSource: unknown source id "${place.coordinateSource}"`);
    }
  }

  const placeById = new Map(places.map((p) => [p.id, p]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const visitOwner = new Map<string, string>();
  for (const { file, trip } of trips) {
    if (basename(file) !== `${trip.id}.json`) problems.push(`${file}: trip "${trip.id}": id: must match the file name (${trip.id}.json)`);
    trip.visits.forEach((visit, i) => {
      if (visitOwner.has(visit.id)) {
        problems.push(`${file}: trip "${trip.id}": visits[${i}].id: duplicate id "${visit.id}" (also in trip "${visitOwner.get(visit.id)}")`);
      }
      visitOwner.set(visit.id, trip.id);
    });
  }

  const legs: ResolvedLeg[] = [];
  for (const { file, trip } of trips) {
    const at = (path: string) => `${file}: trip "${trip.id}": ${path}`;
    let previous: { date: string; time: string | null; timeZone: string; index: number } | null = null;
    trip.visits.forEach((visit, i) => {
      if (!declaredPlaces.has(visit.place)) problems.push(at(`visits[${i}].place: unknown place id "${visit.place}"`));
      visit.sources.forEach((source, j) => {
        if (!declaredSources.has(source)) problems.push(at(`visits[${i}].sources[${j}]: unknown source id "${source}"`));
      });
      // One report is not high confidence, unless it is the official text itself.
      const only = visit.sources.length === 1 ? sourceById.get(visit.sources[0]) : undefined;
      if (visit.confidence === 'high' && only && !only.official) {
        problems.push(at(`visits[${i}].confidence: "high" needs two or more sources or an official one, and "${only.id}" is the only source`));
      }
      if (visit.date === null) return;
      if (previous) {
        const sameClock = previous.date === visit.date && previous.timeZone === visit.timeZone && previous.time && visit.time;
        if (visit.date < previous.date || (sameClock && visit.time! < previous.time!)) {
          problems.push(at(`visits[${i}].date: visits are out of date order (${visit.date}${visit.time ? ` ${visit.time}` : ''} comes after visits[${previous.index}] on ${previous.date}${previous.time ? ` ${previous.time}` : ''})`));
        }
      }
      previous = { date: visit.date, time: visit.time, timeZone: visit.timeZone, index: i };
    });

    const order = new Map(trip.visits.map((v, i) => [v.id, i]));
    trip.legs.forEach((leg, i) => {
      let ok = true;
      for (const end of ['from', 'to'] as const) {
        if (order.has(leg[end])) continue;
        ok = false;
        const owner = visitOwner.get(leg[end]);
        problems.push(at(owner ? `legs[${i}].${end}: "${leg[end]}" is a visit of trip "${owner}", not of "${trip.id}"` : `legs[${i}].${end}: unknown visit id "${leg[end]}"`));
      }
      if (!ok) return;
      if (order.get(leg.from)! >= order.get(leg.to)!) {
        problems.push(at(`legs[${i}].to: "${leg.to}" must come after "${leg.from}" in the trip's visits`));
        return;
      }
      const fromPlace = placeById.get(trip.visits[order.get(leg.from)!].place);
      const toPlace = placeById.get(trip.visits[order.get(leg.to)!].place);
      if (!fromPlace || !toPlace || !railways) return;
      if (leg.mode === 'train') {
        const offNetwork = ([['from', fromPlace], ['to', toPlace]] as const).filter(([end, place]) => {
          const near = nearestStation(railways, place.coordinates);
          if (near && near.km <= TRAIN_END_KM) return false;
          problems.push(at(`legs[${i}].${end}: a train leg must ${end === 'from' ? 'start' : 'end'} at a station, but place "${place.id}" is ${near ? `${Math.round(near.km * 10) / 10} km from the nearest one (${near.station.name})` : 'not near any railway'}`));
          return true;
        });
        if (offNetwork.length > 0) return;
      }
      try {
        const geometry = legGeometry(leg.mode, fromPlace.coordinates, toPlace.coordinates, railways);
        const unverified = fromPlace.quality === 'unverified' || toPlace.quality === 'unverified';
        const distanceKm = leg.mode === 'car' && unverified ? null : lengthKm(geometry);
        legs.push({ ...leg, trip: trip.id, id: `${leg.from}--${leg.to}`, geometry, distanceKm });
      } catch (error) {
        problems.push(at(`legs[${i}]: ${(error as Error).message}`));
      }
    });
  }

  const tripList = trips.map((t) => t.trip);
  // Translations are checked against valid English only: a broken trip would make every entry of its translation look orphaned.
  const translations = Object.fromEntries(TRANSLATED_LANGS.map((lang) =>
    [lang, problems.length > 0 ? new Map() : checkTranslations(raw.dir, lang, tripList, places, raw.translations, problems)])) as Record<TranslatedLang, TranslationIndex>;

  if (problems.length > 0) throw new ContentError(problems);
  return { places: placeById, sources: sourceById, trips: tripList, legs, railways: railways!, translations };
}

function readJson(file: string, root: string): RawFile {
  const shown = relative(root, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`${shown}: cannot be read`]);
  }
  try {
    return { file: shown, data: JSON.parse(text) };
  } catch (error) {
    throw new ContentError([`${shown}: is not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Reads content/ from disk. Used at build time; a problem fails the build. `dir` is the folder
 * holding places.json, sources.json, railways.geojson and trips/ (the tests' fixtures are one);
 * paths in error messages are shown relative to `root`.
 */
export function readContent(root = process.cwd(), dir = join(root, 'content')): RawContent {
  const tripDir = join(dir, 'trips');
  return {
    dir: relative(root, dir),
    places: readJson(join(dir, 'places.json'), root),
    sources: readJson(join(dir, 'sources.json'), root),
    railways: readJson(join(dir, 'railways.geojson'), root),
    trips: readdirSync(tripDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readJson(join(tripDir, name), root)),
    translations: TRANSLATED_LANGS.flatMap((lang) => readTranslations(root, join(dir, 'translations', lang), lang)),
  };
}

/** An edition's translation files: places.json and trips/*.json, where they exist. */
function readTranslations(root: string, dir: string, lang: TranslatedLang): RawTranslationFile[] {
  const tripDir = join(dir, 'trips');
  const files = [
    ...(existsSync(join(dir, 'places.json')) ? [join(dir, 'places.json')] : []),
    ...(existsSync(tripDir) ? readdirSync(tripDir).filter((name) => name.endsWith('.json')).sort().map((name) => join(tripDir, name)) : []),
  ];
  return files.map((file) => ({ lang, ...readJson(file, root) }));
}

let cached: Content | null = null;

/**
 * The validated content, parsed once per process. TRIPS_CONTENT_ROOT points at
 * another folder holding a content/ tree (the benchmarks build synthetic content
 * this way, never into content/).
 */
export function loadContent(): Content {
  cached ??= parseContent(readContent(process.env.TRIPS_CONTENT_ROOT ?? process.cwd()));
  return cached;
}

/**
 * The content, with the railways also checked against Natural Earth land: what
 * `npm run validate` runs before a build (reading the land takes a second or so,
 * which the pages and tests that only read the content need not pay).
 */
export function validateContent(): Content {
  return parseContent(readContent(process.env.TRIPS_CONTENT_ROOT ?? process.cwd()), readLand());
}
