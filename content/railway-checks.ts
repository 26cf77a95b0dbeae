import type { FeatureCollection, LineString, Position } from 'geojson';
import { z } from 'zod';
import { type LandIndex, seaStretches } from '../geo/land';
import { locateOnLine } from '../geo/locate-on-line';
import { idSchema, inScriptOf, lngLatSchema } from './schema';


/** A station a line is drawn through, with where its position comes from and how sure it is. */
export const railwayStationSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** The station's name in Russian and in Korean, for those editions' popups. */
    ru: inScriptOf('ru'),
    ko: inScriptOf('ko'),
    coordinates: lngLatSchema,
    /** verified: a cited page states the coordinates; surveyed: read from a track survey;
     *  town: the settlement's centroid; estimate: from chainage and geography; placeholder: bends the line only. */
    status: z.enum(['verified', 'surveyed', 'town', 'estimate', 'placeholder']),
    source: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict();

export const railwayPropertiesSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** In order along the line, which is drawn from the first to the last. */
    stations: z.array(railwayStationSchema).min(2),
    /** Stretches, from one station to a later one, whose drawing is not established. */
    approximate: z.array(z.tuple([idSchema, idSchema])),
    note: z.string().min(1).optional(),
  })
  .strict();

export type RailwayStation = z.infer<typeof railwayStationSchema>;
export type RailwayProperties = z.infer<typeof railwayPropertiesSchema>;

/** How far a station may lie from the line drawn through it. */
export const STATION_OFF_LINE_KM = 2;
/** Sea a line may cross in one run: a bridge, or a coast Natural Earth draws a few hundred metres off (samples every 1 km). */
export const BRIDGE_ALLOWANCE_KM = 1;
/** How far the end of a train leg may be from a station: a station's pin and its line's vertex differ by a few hundred metres at most. */
export const TRAIN_END_KM = 0.5;

const round = (km: number) => Math.round(km * 10) / 10;
const at = (p: Position) => `[${p.map((v) => v.toFixed(4)).join(', ')}]`;

/**
 * Problems with the railway lines, one line each: a line's properties, a
 * station off its line or out of order along it, a vertex in the sea, or a run
 * of sea longer than a bridge (the last two only when `land` is given).
 */
export function railwayProblems(file: string, railways: FeatureCollection<LineString>, land?: LandIndex): string[] {
  const problems: string[] = [];
  railways.features.forEach((feature, f) => {
    const raw = feature.properties as { id?: unknown } | null;
    const where = `${file}: line "${typeof raw?.id === 'string' ? raw.id : `[${f}]`}": `;
    const line = feature.geometry.coordinates;
    const parsed = railwayPropertiesSchema.safeParse(feature.properties);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}properties.${issue.path.join('.')}: ${issue.message}`);
    } else {
      const { stations, approximate } = parsed.data;
      let previous: { along: number; index: number } | null = null;
      stations.forEach((station, i) => {
        const { offKm, alongKm } = locateOnLine(line, station.coordinates);
        const name = `properties.stations[${i}] "${station.id}"`;
        if (offKm > STATION_OFF_LINE_KM) {
          problems.push(`${where}${name}: is ${round(offKm)} km from the line (at most ${STATION_OFF_LINE_KM} km)`);
          return;
        }
        if (previous && alongKm <= previous.along) {
          problems.push(`${where}${name}: is out of order along the line (${round(alongKm)} km from its start, not after stations[${previous.index}] "${stations[previous.index].id}" at ${round(previous.along)} km)`);
        }
        previous = { along: alongKm, index: i };
      });
      const order = new Map(stations.map((s, i) => [s.id, i]));
      approximate.forEach(([a, b], i) => {
        for (const id of [a, b]) if (!order.has(id)) problems.push(`${where}properties.approximate[${i}]: "${id}" is not a station of this line`);
        if (order.has(a) && order.has(b) && order.get(a)! >= order.get(b)!) {
          problems.push(`${where}properties.approximate[${i}]: "${b}" must come after "${a}" along the line`);
        }
      });
    }
    if (!land) return;
    line.forEach((p, i) => {
      if (!land.isLand(p)) problems.push(`${where}geometry.coordinates[${i}]: ${at(p)} is in the sea`);
    });
    for (const stretch of seaStretches(line, land, 1)) {
      if (stretch.km <= BRIDGE_ALLOWANCE_KM) continue;
      problems.push(`${where}geometry.coordinates[${stretch.segment}]: about ${stretch.km} km of the line is in the sea, from ${at(stretch.from)} to ${at(stretch.to)} (a bridge may take ${BRIDGE_ALLOWANCE_KM} km)`);
    }
  });
  return problems;
}

const stationLists = new WeakMap<FeatureCollection<LineString>, RailwayStation[]>();

/** Every line's stations, parsed once per railways object (each train leg asks twice). */
function stationsOf(railways: FeatureCollection<LineString>): RailwayStation[] {
  let stations = stationLists.get(railways);
  if (!stations) {
    stations = railways.features.flatMap((feature) => {
      const parsed = railwayPropertiesSchema.safeParse(feature.properties);
      return parsed.success ? parsed.data.stations : [];
    });
    stationLists.set(railways, stations);
  }
  return stations;
}

/** The station nearest to a point, over every line, and how far it is. */
export function nearestStation(railways: FeatureCollection<LineString>, point: Position): { station: RailwayStation; km: number } | null {
  let best: { station: RailwayStation; km: number } | null = null;
  for (const station of stationsOf(railways)) {
    const km = locateOnLine([station.coordinates], point).offKm;
    if (!best || km < best.km) best = { station, km };
  }
  return best;
}
