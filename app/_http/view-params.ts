import type { Lang } from '../../content/i18n/lang';
import type { MapData } from '../../content/map-data';
import type { ViewState } from '../../content/view';

// The URL contract of a view: ?trip=<tripId>&visit=<visitId>, both optional.

/** Why a URL's view was not followed, for the page's notice (see notices.ts). */
export type ViewProblem =
  | { kind: 'repeated' | 'empty'; param: 'trip' | 'visit' }
  | { kind: 'no-trip'; value: string }
  | { kind: 'no-visit'; value: string }
  | { kind: 'visit-not-in-trip'; value: string; trip: string };

export interface ParsedView extends ViewState {
  /** Why the URL was not followed, and what opened instead (the overview, or the whole trip); null when it was. */
  problem: { why: ViewProblem; showing: 'all' | 'trip' } | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const OVERVIEW: ViewState = { trip: null, visit: null };

/** Shortens a parameter's value for a notice (shown as plain text by the page). */
export function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** What can be wrong with a parameter that takes one value, whatever the value. */
export type ParamProblem = 'repeated' | 'empty';

/** "The trip parameter is given more than once", "The trip parameter is empty": the English of an HTTP error. */
export function paramProblemText(name: string, problem: ParamProblem): string {
  return problem === 'repeated' ? `The ${name} parameter is given more than once` : `The ${name} parameter is empty`;
}

/** One parameter's value, trimmed; a problem when it is given more than once or empty. */
export function singleParam(params: SearchParams, name: string): { value: string | null; problem: ParamProblem | null } {
  const raw = params[name];
  if (raw === undefined) return { value: null, problem: null };
  if (Array.isArray(raw)) {
    return raw.length === 1 ? singleParam({ [name]: raw[0] }, name) : { value: null, problem: 'repeated' };
  }
  const value = raw.trim();
  if (value === '') return { value: null, problem: 'empty' };
  return { value, problem: null };
}

/** A size in whole pixels within [min, max]; null when not given, a problem (English) when bad. */
export function pixelParam(params: SearchParams, name: string, min: number, max = Infinity): { value: number | null; problem: string | null } {
  const { value, problem } = singleParam(params, name);
  if (problem) return { value: null, problem: paramProblemText(name, problem) };
  if (value === null) return { value: null, problem: null };
  const n = Number(value);
  if (/^\d+$/.test(value) && n >= min && n <= max) return { value: n, problem: null };
  const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
  return { value: null, problem: `The ${name} must be a whole number of pixels, ${range}` };
}

/**
 * Reads ?trip= and ?visit=; anything it cannot follow opens the overview with a problem saying
 * why, except a bad visit of a good trip, which opens that trip (what the link's sender meant).
 */
export function parseViewParams(params: SearchParams, data: MapData): ParsedView {
  const trip = singleParam(params, 'trip');
  const visit = singleParam(params, 'visit');
  const overview = (why: ViewProblem): ParsedView => ({ ...OVERVIEW, problem: { why, showing: 'all' } });
  if (trip.problem) return overview({ kind: trip.problem, param: 'trip' });
  if (trip.value !== null && !data.trips.some((t) => t.id === trip.value)) return overview({ kind: 'no-trip', value: shorten(trip.value) });
  const wholeTrip = (why: ViewProblem): ParsedView =>
    trip.value === null ? overview(why) : { trip: trip.value, visit: null, problem: { why, showing: 'trip' } };
  if (visit.problem) return wholeTrip({ kind: visit.problem, param: 'visit' });
  if (visit.value !== null) {
    const found = data.visits.find((v) => v.id === visit.value);
    if (!found) return wholeTrip({ kind: 'no-visit', value: shorten(visit.value) });
    if (trip.value !== null && found.trip !== trip.value) return wholeTrip({ kind: 'visit-not-in-trip', value: shorten(visit.value), trip: shorten(trip.value) });
  }
  return { trip: trip.value, visit: visit.value, problem: null };
}

/** The query string for a view (and the edition a link keeps), in the contract's order; '' for the overview in the reader's language. */
export function viewQuery({ trip, visit }: ViewState, lang: Lang | null = null): string {
  const params = new URLSearchParams();
  if (trip) params.set('trip', trip);
  if (visit) params.set('visit', visit);
  if (lang) params.set('lang', lang);
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
