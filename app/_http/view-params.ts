import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';

// The URL contract of a view: ?trip=<tripId>&visit=<visitId>, both optional.

export interface ParsedView extends ViewState {
  /** Plain text explaining why the URL was not followed; null when it was. */
  notice: string | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const OVERVIEW: ViewState = { trip: null, visit: null };

/** Quotes a parameter for a notice: shortened, shown as plain text by the page. */
function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `“${short}”`;
}

/** One parameter's value, trimmed; a problem when it is given more than once or empty. */
export function singleParam(params: SearchParams, name: string): { value: string | null; problem: string | null } {
  const raw = params[name];
  if (raw === undefined) return { value: null, problem: null };
  if (Array.isArray(raw)) {
    return raw.length === 1 ? singleParam({ [name]: raw[0] }, name) : { value: null, problem: `The ${name} is given more than once` };
  }
  const value = raw.trim();
  if (value === '') return { value: null, problem: `The ${name} is empty` };
  return { value, problem: null };
}

/** A size in whole pixels within [min, max]; null when not given, a problem when bad. */
export function pixelParam(params: SearchParams, name: string, min: number, max = Infinity): { value: number | null; problem: string | null } {
  const { value, problem } = singleParam(params, name);
  if (problem || value === null) return { value: null, problem };
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= min && n <= max) return { value: n, problem: null };
  const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
  return { value: null, problem: `The ${name} must be a whole number of pixels, ${range}` };
}

/**
 * Reads ?trip= and ?visit=; anything it cannot follow opens the overview with a notice saying
 * why, except a bad visit of a good trip, which opens that trip (what the link's sender meant).
 */
export function parseViewParams(params: SearchParams, data: MapData): ParsedView {
  const trip = singleParam(params, 'trip');
  const visit = singleParam(params, 'visit');
  const overview = (problem: string): ParsedView => ({ ...OVERVIEW, notice: `${problem} — showing all trips.` });
  if (trip.problem) return overview(trip.problem);
  if (trip.value !== null && !data.trips.some((t) => t.id === trip.value)) return overview(`No trip called ${quote(trip.value)}`);
  const wholeTrip = (problem: string): ParsedView =>
    trip.value === null ? overview(problem) : { trip: trip.value, visit: null, notice: `${problem} — showing the whole trip.` };
  if (visit.problem) return wholeTrip(visit.problem);
  if (visit.value !== null) {
    const found = data.visits.find((v) => v.id === visit.value);
    if (!found) return wholeTrip(`No visit called ${quote(visit.value)}`);
    if (trip.value !== null && found.trip !== trip.value) return wholeTrip(`The visit ${quote(visit.value)} is not part of the trip ${quote(trip.value)}`);
  }
  return { trip: trip.value, visit: visit.value, notice: null };
}

/** The query string for a view, in the contract's order; '' for the overview. */
export function viewQuery({ trip, visit }: ViewState): string {
  const params = new URLSearchParams();
  if (trip) params.set('trip', trip);
  if (visit) params.set('visit', visit);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A URL's query as SearchParams, keeping repeated parameters (so they can be refused). */
export function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}
