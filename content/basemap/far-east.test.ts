import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { farEast } from './far-east';

// far-east.json, the Natural Earth 1:10m reference lines extracted once (scripts/extract-far-east.ts).

const features = farEast().features;
const river = (name: string) => features.find((f) => f.properties.kind === 'river' && f.properties.name === name);
const border = (a: string, b: string) =>
  features.find((f) => f.properties.kind === 'region-border' && f.properties.regions?.join('|') === [a, b].sort().join('|'));
/** The distance in degrees from a point to a feature's nearest vertex. */
const distance = (lines: Position[][], [lng, lat]: Position) => Math.min(...lines.flat().map(([x, y]) => Math.hypot(x - lng, y - lat)));

describe('far-east.json', () => {
  it('holds the Tumen past Tumangang and the Ussuri from Lesozavodsk to the Amur at Khabarovsk', () => {
    expect(distance(river('Tumen')!.geometry.coordinates, [130.608, 42.4214])).toBeLessThan(0.01); // Tumangang station
    expect(distance(river('Ussuri')!.geometry.coordinates, [133.4, 45.47])).toBeLessThan(0.03); // Lesozavodsk
    expect(distance(river('Ussuri')!.geometry.coordinates, [134.95, 48.43])).toBeLessThan(0.1); // its mouth, Khabarovsk
  });

  it('holds no river it was not extracted for: Natural Earth has no Bureya and no Taedong', () => {
    expect(features.filter((f) => f.properties.kind === 'river').map((f) => f.properties.name)).toEqual(['Tumen', 'Ussuri']);
  });

  it('holds the borders between the four regions the trips cross in the Far East', () => {
    for (const [a, b] of [
      ['Primorsky Krai', 'Khabarovsk Krai'],
      ['Amur Oblast', 'Khabarovsk Krai'],
      ['Jewish Autonomous Oblast', 'Khabarovsk Krai'],
      ['Amur Oblast', 'Jewish Autonomous Oblast'],
    ]) {
      expect(border(a, b)?.geometry.coordinates.flat().length, `${a}–${b}`).toBeGreaterThan(10);
    }
    // Bikin, in Khabarovsk Krai, is about 15 km north of Primorsky Krai.
    expect(distance(border('Primorsky Krai', 'Khabarovsk Krai')!.geometry.coordinates, [134.25, 46.82])).toBeLessThan(0.25);
  });

  it('draws no border twice and names each border by two different regions', () => {
    const pairs = features.filter((f) => f.properties.kind === 'region-border').map((f) => f.properties.regions!);
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
    expect(new Set(pairs.map((p) => p.join('|'))).size).toBe(pairs.length);
  });
});
