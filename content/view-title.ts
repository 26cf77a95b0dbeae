import type { MapData } from './map-data';
import type { ViewState } from './view';

export const SITE_TITLE = 'North Korea–Russia trips: a dated map';
export const SITE_DESCRIPTION =
  'Where and when North Korean and Russian leaders and envoys travelled: Choe Ryong-hae 2014, Kim Jong-un 2019 and 2023, and the visits around them, with sources.';

/** The tab title for a view: it names the visit, or the trip. */
export function viewTitle(data: MapData, view: ViewState): string {
  const visit = view.visit ? data.visits.find((v) => v.id === view.visit) : null;
  if (visit) {
    const place = data.places.find((p) => p.id === visit.place)!;
    const trip = data.trips.find((t) => t.id === visit.trip)!;
    return `${place.name.en}, ${visit.dateLabel} · ${trip.traveller.en} · ${SITE_TITLE}`;
  }
  const trip = view.trip ? data.trips.find((t) => t.id === view.trip) : null;
  return trip ? `${trip.title}, ${trip.dateRange} · ${SITE_TITLE}` : SITE_TITLE;
}
