import type { Plural, Widen } from './format';
import type { Lang } from './lang';

// Every word a static image (/static/…, the pages' first views, the handout's maps) draws that is
// not content. A key missing from one language
// fails the type check. Content (trip titles, summaries, place names, dates) comes from the
// edition's MapData; sources are not translated.

const en = {
  /** The image's accessible name: "Map: {title}". */
  mapTitle: 'Map: {title}',
  /** The title and legend heading of the image of every trip. */
  allTrips: 'North Korea–Russia trips',
  /** A legend key naming the modes drawn at one line width: "Train", "Flight or car". */
  mode: { train: 'train', air: 'flight', car: 'car' },
  modesOr: '{first} or {second}',
  presumed: 'Presumed, not reported',
  /** A compact legend's entry: traveller and years. */
  travellerYears: '{traveller} {years}',
  /** A legend's entry: traveller and dates. */
  travellerDates: '{traveller}, {dates}',
  /** A caption's heading: the visit's date and place. */
  captionHeading: '{date} · {place}',
  /** After a text shown in English because its translation is pending. */
  untranslated: '(not yet translated)',
  sources: 'Sources: {list}',
  sourceSeparator: '; ',
  moreSources: { one: '; and {n} more', other: '; and {n} more' } as Plural,
  attribution: 'Basemap: Natural Earth · routes approximate',
};

export type ImageMessages = Widen<typeof en>;

const ko: ImageMessages = {
  mapTitle: '지도: {title}',
  allTrips: '북한–러시아 방문',
  mode: { train: '열차', air: '항공', car: '차량' },
  modesOr: '{first} 또는 {second}',
  presumed: '추정, 보도되지 않음',
  travellerYears: '{traveller} {years}',
  travellerDates: '{traveller}, {dates}',
  captionHeading: '{date} · {place}',
  untranslated: '(아직 번역되지 않음)',
  sources: '출처: {list}',
  sourceSeparator: '; ',
  moreSources: { other: '; 외 {n}곳' },
  attribution: '배경 지도: Natural Earth · 경로는 대략적임',
};

const ru: ImageMessages = {
  mapTitle: 'Карта: {title}',
  allTrips: 'Поездки КНДР — Россия',
  mode: { train: 'поезд', air: 'самолёт', car: 'автомобиль' },
  modesOr: '{first} или {second}',
  presumed: 'Предположительно, не сообщалось',
  travellerYears: '{traveller} {years}',
  travellerDates: '{traveller}, {dates}',
  captionHeading: '{date} · {place}',
  untranslated: '(ещё не переведено)',
  sources: 'Источники: {list}',
  sourceSeparator: '; ',
  moreSources: { one: '; и ещё {n}', few: '; и ещё {n}', many: '; и ещё {n}', other: '; и ещё {n}' },
  attribution: 'Основа карты: Natural Earth · маршруты приблизительны',
};

export const IMAGE_MESSAGES: Record<Lang, ImageMessages> = { en, ko, ru };
