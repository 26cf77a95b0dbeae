import type { FeatureCollection, Point } from 'geojson';
import { type FoldablePlace, foldPlaces } from '../geo/fold-places';
import type { MapData, MapPlace } from './map-data';

export interface PlaceMarker {
  lead: MapPlace;
  members: MapPlace[];
  /** True when zooming in would separate the members. */
  separable: boolean;
  visitCount: number;
  /** The trips whose visits the marker holds. */
  trips: string[];
}

/** What folding needs of a place (the map data's places, before their show zooms are known). */
type FoldableInput = Pick<MapPlace, 'id' | 'kind' | 'coordinates' | 'visits'>;

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

/** The markers to draw at a zoom: places folded so none overlap, with what each holds. */
export function placeMarkers(data: MapData, foldable: FeatureCollection<Point, FoldablePlace>, zoom: number): PlaceMarker[] {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const tripOfVisit = new Map(data.visits.map((v) => [v.id, v.trip]));
  return foldPlaces(foldable, zoom).features.map(({ properties }) => {
    const members = properties.members.map((id) => placeById.get(id)!);
    const lead = members[0];
    const visits = members.flatMap((m) => m.visits);
    return {
      lead,
      members,
      separable: members.some((m) => m.coordinates[0] !== lead.coordinates[0] || m.coordinates[1] !== lead.coordinates[1]),
      visitCount: visits.length,
      trips: [...new Set(visits.map((v) => tripOfVisit.get(v)!))],
    };
  });
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
    for (const marker of foldPlaces(foldable, zoom).features) {
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
