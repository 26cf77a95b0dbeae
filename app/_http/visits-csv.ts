import type { MapData } from '../../content/map-data';
import { exportedTranslations, type TranslatedEditions } from './trips-geojson';

/** The English columns, then the Korean and Russian names and summaries (an empty cell where a translation is pending). */
const COLUMNS = ['trip', 'id', 'date', 'time', 'timeZone', 'place', 'placeName', 'longitude', 'latitude', 'met', 'summary', 'sources', 'name_ko', 'name_ru', 'summary_ko', 'summary_ru'] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A text cell that a spreadsheet
 * would take for a formula (=, +, -, @, or a tab or carriage return first) is prefixed with an
 * apostrophe, which spreadsheets show as text (OWASP's CSV injection advice); numbers stay numbers.
 */
function field(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per visit in date order, the same visits and ids as /trips.geojson; `data` is the English edition. */
export function visitsCsv(data: MapData, editions: TranslatedEditions): string {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const rows = data.visits.map((visit) => {
    const place = placeById.get(visit.place)!;
    const sources = visit.sources
      .map((s) => [s.outlet, s.title && `“${s.title}”`, s.date, s.url].filter(Boolean).join(', '))
      .join(' | ');
    const translated = exportedTranslations(visit, place, editions);
    return [
      visit.trip, visit.id, visit.date, visit.time, visit.timeZone, visit.place, place.name.en,
      place.coordinates[0], place.coordinates[1], visit.met, visit.summary, sources,
      translated.name_ko, translated.name_ru, translated.summary_ko, translated.summary_ru,
    ].map(field).join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
