import type { Feature, FeatureCollection, Point } from 'geojson';
import { projectToPixels } from './web-mercator';

export interface FoldablePlace {
  id: string;
  /** Higher ranks absorb lower ones (a city absorbs the sites around it). */
  rank: number;
}

export interface FoldedMarker {
  /** The place the marker stands for: the highest-ranked member. */
  id: string;
  members: string[];
}

/**
 * Folds places that would overlap on screen at this zoom into one marker, led by
 * the highest-ranked place among them, so nearby sites stay readable: at low zoom
 * they fold into their city, at high zoom they separate. Greedy, in rank order;
 * ties keep input order.
 */
export function foldPlaces<P extends FoldablePlace>(
  places: FeatureCollection<Point, P>,
  zoom: number,
  radiusPx = 24,
): FeatureCollection<Point, FoldedMarker> {
  const projected = places.features
    .map((feature, index) => ({ feature, index, px: projectToPixels(feature.geometry.coordinates, zoom) }))
    .sort((a, b) => b.feature.properties.rank - a.feature.properties.rank || a.index - b.index);
  const taken = new Set<number>();
  const markers: Feature<Point, FoldedMarker>[] = [];
  for (const lead of projected) {
    if (taken.has(lead.index)) continue;
    taken.add(lead.index);
    const members = [lead.feature.properties.id];
    for (const other of projected) {
      if (taken.has(other.index)) continue;
      if (Math.hypot(other.px[0] - lead.px[0], other.px[1] - lead.px[1]) <= radiusPx) {
        taken.add(other.index);
        members.push(other.feature.properties.id);
      }
    }
    markers.push({
      type: 'Feature',
      properties: { id: lead.feature.properties.id, members },
      geometry: lead.feature.geometry,
    });
  }
  return { type: 'FeatureCollection', features: markers };
}
