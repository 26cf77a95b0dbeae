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

export function foldablePlaces(places: MapPlace[]): FeatureCollection<Point, FoldablePlace> {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      // Cities lead; among equals, the place with more visits.
      properties: { id: place.id, rank: (place.kind === 'city' ? 1000 : 0) + place.visits.length },
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
 * The lowest zoom from which a place stands at its own marker's position at
 * every closer zoom, so a visit there can be shown (greedy folding can make a
 * place lead at one zoom and be absorbed again at the next). A place that shares
 * its position with another (a stand-in for an unknown position) counts as shown
 * once that marker is there: no zooming in can separate them.
 */
export function zoomToShowPlace(foldable: FeatureCollection<Point, FoldablePlace>, placeId: string, maxZoom: number): number {
  const position = foldable.features.find((f) => f.properties.id === placeId)!.geometry.coordinates;
  let lowest = maxZoom;
  for (let zoom = maxZoom - 1; zoom >= 4; zoom -= 1) {
    const marker = foldPlaces(foldable, zoom).features.find((m) => m.properties.members.includes(placeId))!;
    const [lng, lat] = marker.geometry.coordinates;
    if (lng !== position[0] || lat !== position[1]) break;
    lowest = zoom;
  }
  return lowest;
}
