import type { LineString, MultiLineString, Position } from 'geojson';

function normaliseLng(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/**
 * Cuts an unwrapped line where it crosses the antimeridian, as RFC 7946 §3.1.9
 * asks of exported GeoJSON: each part keeps longitudes within [-180, 180].
 * A line that never crosses comes back as the same LineString, normalised.
 */
export function splitAtAntimeridian(line: LineString): LineString | MultiLineString {
  const parts: Position[][] = [[]];
  const coords = line.coordinates;
  for (let i = 0; i < coords.length; i += 1) {
    const [lng, lat] = coords[i];
    const part = parts[parts.length - 1];
    if (i > 0) {
      const [prevLng, prevLat] = coords[i - 1];
      const prevWorld = Math.floor((prevLng + 180) / 360);
      const world = Math.floor((lng + 180) / 360);
      if (world !== prevWorld) {
        const edge = Math.max(prevWorld, world) * 360 - 180;
        const t = (edge - prevLng) / (lng - prevLng);
        const edgeLat = prevLat + t * (lat - prevLat);
        const eastward = world > prevWorld;
        part.push([eastward ? 180 : -180, edgeLat]);
        parts.push([[eastward ? -180 : 180, edgeLat]]);
      }
    }
    parts[parts.length - 1].push([normaliseLng(lng), lat]);
  }
  if (parts.length === 1) return { type: 'LineString', coordinates: parts[0] };
  return { type: 'MultiLineString', coordinates: parts };
}
