import type { FeatureCollection, Point } from 'geojson';
import { type FoldablePlace, foldPlaces } from '../geo/fold-places';
import type { MapData, MapPlace } from './map-data';
import { foldRadius } from './place-folding';

export interface PlaceMarker {
  lead: MapPlace;
  members: MapPlace[];
  /** True when zooming in would separate the members. */
  separable: boolean;
  visitCount: number;
  /** The trips whose visits the marker holds. */
  trips: string[];
}

/** The markers to draw at a zoom: places folded so none overlap, with what each holds. */
export function placeMarkers(data: MapData, foldable: FeatureCollection<Point, FoldablePlace>, zoom: number): PlaceMarker[] {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const tripOfVisit = new Map(data.visits.map((v) => [v.id, v.trip]));
  return foldPlaces(foldable, zoom, foldRadius(zoom)).features.map(({ properties }) => {
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
