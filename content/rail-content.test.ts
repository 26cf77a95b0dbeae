import distance from '@turf/distance';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { seaStretches } from '../geo/land';
import { locateOnLine } from '../geo/locate-on-line';
import { readLand } from './land-10m';
import { loadContent } from './load';
import { railwayPropertiesSchema } from './railway-checks';

// The shipped content against Natural Earth 1:10m land (the basemap's own coastline), loaded once.
const content = loadContent();
const land = readLand();
const trainLegs = content.legs.filter((leg) => leg.mode === 'train');
const lines = content.railways.features.map((f) => ({ coordinates: f.geometry.coordinates, ...railwayPropertiesSchema.parse(f.properties) }));

/** Sea one run of samples may cross: a bridge, or a shore Natural Earth draws a few hundred metres off. */
const BRIDGE_ALLOWANCE_KM = 1;
/** A station's pin and the vertex its line is drawn through may differ by this much. */
const STATION_PIN_KM = 0.5;

const keyOf = (p: Position) => `${p[0]},${p[1]}`;
const networkEdges = new Set(
  lines.flatMap(({ coordinates }) => coordinates.slice(1).flatMap((p, i) => [`${keyOf(coordinates[i])}|${keyOf(p)}`, `${keyOf(p)}|${keyOf(coordinates[i])}`])),
);

describe('the shipped railways and train legs', () => {
  it('has train legs to check', () => {
    expect(trainLegs.length).toBeGreaterThan(10);
  });

  it('draws every train leg on land, sampled every kilometre, but for a bridge', () => {
    const atSea = trainLegs.flatMap((leg) =>
      seaStretches(leg.geometry.coordinates, land, 1)
        .filter((s) => s.km > BRIDGE_ALLOWANCE_KM)
        .map((s) => `${leg.id}: ${s.km} km at sea from [${s.from.join(', ')}]`),
    );
    expect(atSea).toEqual([]);
  });

  it('puts every station of the research tables within 2 km of its line', () => {
    const far = lines.flatMap((line) =>
      line.stations
        .map((station) => ({ station, km: locateOnLine(line.coordinates, station.coordinates).offKm }))
        .filter(({ km }) => km > 2)
        .map(({ station, km }) => `${line.id}: ${station.id} is ${km.toFixed(1)} km off`),
    );
    expect(far).toEqual([]);
  });

  it('runs every train leg along the network, off it only from a station to its own pin', () => {
    const offNetwork = trainLegs.flatMap((leg) => {
      const path = leg.geometry.coordinates;
      return path.slice(1).flatMap((p, i) => {
        if (networkEdges.has(`${keyOf(path[i])}|${keyOf(p)}`)) return [];
        const km = distance(path[i], p, { units: 'kilometers' });
        const atAnEnd = i === 0 || i === path.length - 2;
        return atAnEnd && km <= STATION_PIN_KM ? [] : [`${leg.id}: segment ${i} is ${km.toFixed(1)} km off the network`];
      });
    });
    expect(offNetwork).toEqual([]);
  });
});
