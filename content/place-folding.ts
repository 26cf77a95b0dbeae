import type { FeatureCollection, Point, Position } from 'geojson';
import { type FoldablePlace, foldPlaces } from '../geo/fold-places';
import { BASEMAP_MAX_ZOOM } from './basemap/basemap-levels';

// Which places fold together on the map: the ranks that decide which one leads a folded marker,
// and the zoom from which each place stands alone. Worked out from the places and their visits,
// before the view model that records the result exists.

/** What folding needs of a place (the map data's places, before their show zooms are known). */
/**
 * How close (px) two places' pins may come before they fold into one marker: a name's room below
 * the basemap's closest zoom; from it on, only a pin's own size, since without tiles no closer
 * zoom would ever separate them (KnAAZ, 20 px from Komsomolsk station at zoom 9, stayed folded,
 * and its step's leg ended beside an empty spot).
 */
export function foldRadius(zoom: number): number {
  return zoom >= BASEMAP_MAX_ZOOM ? 12 : 24;
}

export interface FoldableInput {
  id: string;
  kind: 'city' | 'site';
  coordinates: Position;
  /** The ids of the visits at the place. */
  visits: string[];
}

/** Squared distance in degrees of longitude scaled to the latitude: enough to tell the nearest city. */
function nearness(a: FoldableInput, b: FoldableInput): number {
  const dx = (a.coordinates[0] - b.coordinates[0]) * Math.cos((a.coordinates[1] * Math.PI) / 180);
  const dy = a.coordinates[1] - b.coordinates[1];
  return dx * dx + dy * dy;
}

/** The city nearest a place (by the measure above), if there is any city. */
export function nearestCity<T extends FoldableInput>(place: FoldableInput, cities: T[]): T | undefined {
  return cities.reduce<T | undefined>((best, city) => (best === undefined || nearness(place, city) < nearness(place, best) ? city : best), undefined);
}

/**
 * The visits around each city: its own and those of the sites nearest to it. A city known by its
 * sites (Vladivostok's visits are all at its station, university, theatre…) then outranks a
 * smaller neighbour with a visit of its own (Ussuriysk), and names the marker they fold into.
 */
function visitsAround(places: FoldableInput[]): Map<string, number> {
  const cities = places.filter((p) => p.kind === 'city');
  const around = new Map(cities.map((c) => [c.id, c.visits.length]));
  for (const site of places) {
    const nearest = site.kind === 'city' ? undefined : nearestCity(site, cities);
    if (nearest) around.set(nearest.id, around.get(nearest.id)! + site.visits.length);
  }
  return around;
}

export function foldablePlaces(places: FoldableInput[]): FeatureCollection<Point, FoldablePlace> {
  const around = visitsAround(places);
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      // Cities lead: the one with more visits around it, then (a hundredth each) of its own; among sites, the one with more visits.
      properties: { id: place.id, rank: place.kind === 'city' ? 1000 + around.get(place.id)! + place.visits.length / 100 : place.visits.length },
      geometry: { type: 'Point', coordinates: place.coordinates },
    })),
  };
}

/**
 * For each place, the lowest zoom from which it stands at its own marker's position at every
 * closer zoom up to `maxZoom`, so a visit there can be shown (greedy folding can make a place
 * lead at one zoom and be absorbed again at the next). A place that shares its position with
 * another (a stand-in for an unknown position) counts as shown once that marker is there: no
 * zooming in can separate them. One fold per zoom serves every place.
 */
export function showZooms(foldable: FeatureCollection<Point, FoldablePlace>, maxZoom: number): Map<string, number> {
  const position = new Map(foldable.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  const lowest = new Map(foldable.features.map((f) => [f.properties.id, maxZoom]));
  const absorbed = new Set<string>();
  for (let zoom = maxZoom - 1; zoom >= 4; zoom -= 1) {
    for (const marker of foldPlaces(foldable, zoom, foldRadius(zoom)).features) {
      const [lng, lat] = marker.geometry.coordinates;
      for (const id of marker.properties.members) {
        if (absorbed.has(id)) continue;
        const [ownLng, ownLat] = position.get(id)!;
        if (lng === ownLng && lat === ownLat) lowest.set(id, zoom);
        else absorbed.add(id);
      }
    }
  }
  return lowest;
}
