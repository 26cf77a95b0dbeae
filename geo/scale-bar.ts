import distance from '@turf/distance';
import { unprojectFromPixels } from './web-mercator';

/**
 * The round distance Leaflet's scale control would show: the largest of 1, 2, 3 or 5 times a power
 * of ten not above `metres` (its _getRoundNum), so that a static image reads like the map.
 */
export function roundDistance(metres: number): number {
  const power = 10 ** Math.floor(Math.log10(metres));
  const digit = metres / power;
  return power * (digit >= 10 ? 10 : digit >= 5 ? 5 : digit >= 3 ? 3 : digit >= 2 ? 2 : 1);
}

/**
 * A metric scale bar for a Web Mercator view at `zoom`, measured along the pixel row `y` (world
 * pixels, as projectToPixels gives them) as Leaflet measures its own: the distance `maxPixels`
 * across, rounded down, and the pixels that round distance spans there.
 */
export function scaleBar(zoom: number, y: number, maxPixels: number): { metres: number; pixels: number } {
  const from = unprojectFromPixels([0, y], zoom);
  const to = unprojectFromPixels([maxPixels, y], zoom);
  const across = distance(from, to, { units: 'meters' });
  const metres = roundDistance(across);
  return { metres, pixels: (maxPixels * metres) / across };
}
