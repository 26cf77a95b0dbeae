import { fill } from './i18n/format';
import type { UiMessages } from './i18n/ui-messages';
import type { MapData } from './map-data';
import type { ViewState } from './view';

/** The tab title for a view, in the data's edition: it names the visit, or the trip. */
export function viewTitle(data: MapData, view: ViewState, m: UiMessages): string {
  const visit = view.visit ? data.visits.find((v) => v.id === view.visit) : null;
  if (visit) {
    const place = data.places.find((p) => p.id === visit.place)!;
    const trip = data.trips.find((t) => t.id === visit.trip)!;
    return fill(m.visitTitle, { place: place.name[data.lang], date: visit.dateLabel, traveller: trip.traveller[data.lang], site: m.siteTitle });
  }
  const trip = view.trip ? data.trips.find((t) => t.id === view.trip) : null;
  return trip ? fill(m.tripTitle, { title: trip.title, dates: trip.dateRange, site: m.siteTitle }) : m.siteTitle;
}
