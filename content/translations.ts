import { z } from 'zod';
import type { Lang, TranslatedLang } from './i18n/lang';
import { inScriptOf, type Place, type Trip } from './schema';

// Translations are content: each text a reader sees in Korean or Russian sits in
// content/translations/<lang>/ beside the English it translates, and is checked like the
// rest. A text is translated, or marked `"pending": true` (the English then shows, marked as
// not yet translated). Each entry keeps the English it was made from, so that when the English
// changes the translation is caught as stale rather than shown saying something else.

/** The fields a reader sees as prose, per kind of item; names, ids, dates and sources are not translated. */
export const TRANSLATED_FIELDS = {
  trip: ['title', 'travellerRole', 'summary'],
  visit: ['summary', 'note', 'met', 'dateNote', 'timeNote'],
  leg: ['note'],
  place: ['region', 'qualityNote'],
} as const;
export type TranslatedKind = keyof typeof TRANSLATED_FIELDS;

export const LANGUAGE_NAMES: Record<TranslatedLang, string> = { ko: 'Korean', ru: 'Russian' };

function entrySchema(lang: TranslatedLang) {
  return z
    .object({
      en: z.string().min(1),
      [lang]: inScriptOf(lang).optional(),
      pending: z.literal(true).optional(),
      /** What a pending entry translated before its English changed (written by `npm run translations`). */
      previous: z.object({ en: z.string(), [lang]: z.string().optional() }).strict().optional(),
    })
    .strict()
    .refine((e) => e.pending || e[lang], { message: `needs its ${LANGUAGE_NAMES[lang]} text ("${lang}"), or "pending": true`, path: [lang] })
    .refine((e) => e.pending || !e.previous, { message: 'a translated entry keeps no "previous": remove it', path: ['previous'] });
}

/** One entry of a translation file. */
export type TranslationEntry = { en: string; pending?: true; previous?: { en: string } & Partial<Record<TranslatedLang, string>> } & Partial<Record<TranslatedLang, string>>;
type Entry = TranslationEntry;

/**
 * An entry brought in line with the English `en` (what `npm run translations` writes): new, it is
 * pending; its English changed, it is pending with what it translated kept under "previous" (an
 * earlier "previous" stays: it is what the last translation was made from).
 */
export function syncedEntry(before: Entry | undefined, en: string, lang: TranslatedLang): Entry {
  if (!before) return { en, pending: true };
  if (before.en === en) return before;
  if (before.pending) return { ...before, en };
  return { en, pending: true, previous: { en: before.en, ...(before[lang] !== undefined && { [lang]: before[lang] }) } };
}
const fieldsOf = (lang: TranslatedLang) => z.record(z.string(), entrySchema(lang));

/** content/translations/<lang>/trips/<trip>.json */
export function tripTranslationSchema(lang: TranslatedLang) {
  return z
    .object({
      trip: fieldsOf(lang),
      visits: z.record(z.string(), fieldsOf(lang)),
      legs: z.record(z.string(), fieldsOf(lang)),
    })
    .strict();
}
/** content/translations/<lang>/places.json: place id → fields. */
export function placeTranslationSchema(lang: TranslatedLang) {
  return z.record(z.string(), fieldsOf(lang));
}

/** One translatable English text: which file translates it, where in that file, and the text. */
export interface EnglishText {
  file: string;
  /** Path inside the translation file: ["visits", "kim-2023-khasan", "summary"]. */
  path: string[];
  /** The lookup key: "visit kim-2023-khasan summary". */
  key: string;
  en: string;
}

const legKey = (leg: { from: string; to: string }) => `${leg.from}--${leg.to}`;

/** Where an edition's translations live, under the content folder `base` ("content"). */
export const translationFile = {
  trip: (base: string, lang: TranslatedLang, trip: string) => `${base}/translations/${lang}/trips/${trip}.json`,
  places: (base: string, lang: TranslatedLang) => `${base}/translations/${lang}/places.json`,
};

/** Every English text a translation must cover, in the files that should hold it. */
export function englishTexts(base: string, lang: TranslatedLang, trips: Trip[], places: Place[]): EnglishText[] {
  const texts: EnglishText[] = [];
  const add = (file: string, kind: TranslatedKind, item: Record<string, unknown>, id: string, path: string[]) => {
    for (const field of TRANSLATED_FIELDS[kind]) {
      const en = item[field];
      if (typeof en === 'string') texts.push({ file, path: [...path, field], key: `${kind} ${id} ${field}`, en });
    }
  };
  for (const trip of trips) {
    const file = translationFile.trip(base, lang, trip.id);
    add(file, 'trip', trip, trip.id, ['trip']);
    for (const visit of trip.visits) add(file, 'visit', visit, visit.id, ['visits', visit.id]);
    for (const leg of trip.legs) add(file, 'leg', leg, legKey(leg), ['legs', legKey(leg)]);
  }
  for (const place of places) add(translationFile.places(base, lang), 'place', place, place.id, [place.id]);
  return texts;
}

/** A translated text as the map shows it: the translation, or the English while it is pending. */
export interface ShownText {
  text: string;
  /** The English shows: the translation is pending. */
  pending: boolean;
}

/** Key ("visit kim-2023-khasan summary") → the edition's text. */
export type TranslationIndex = Map<string, ShownText>;

export interface RawTranslationFile {
  lang: TranslatedLang;
  file: string;
  data: unknown;
}

function entryAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** The paths of the entries in a parsed file: trip.<field>, visits.<id>.<field>, legs.<id>.<field>; or <place>.<field>. */
function entryPaths(file: string, data: unknown): string[][] {
  const under = (node: unknown, prefix: string[], depth: number): string[][] =>
    depth === 0 ? [prefix] : Object.entries((node ?? {}) as object).flatMap(([key, value]) => under(value, [...prefix, key], depth - 1));
  if (file.endsWith('/places.json')) return under(data, [], 2);
  const trip = data as Record<string, unknown>;
  return [...under(trip.trip, ['trip'], 1), ...under(trip.visits, ['visits'], 2), ...under(trip.legs, ['legs'], 2)];
}

const short = (text: string) => (text.length > 50 ? `“${text.slice(0, 47)}…”` : `“${text}”`);

/**
 * Checks one edition's translation files against the English and indexes them. Problems name
 * file, item, field and language: a text missing or stale, an entry with no English text, a file
 * for no trip.
 */
export function checkTranslations(base: string, lang: TranslatedLang, trips: Trip[], places: Place[], files: RawTranslationFile[], problems: string[]): TranslationIndex {
  const index: TranslationIndex = new Map();
  const language = `${LANGUAGE_NAMES[lang]} (${lang})`;
  const parsed = new Map<string, unknown>();
  for (const raw of files.filter((f) => f.lang === lang)) {
    const schema = raw.file.endsWith('/places.json') ? placeTranslationSchema(lang) : tripTranslationSchema(lang);
    const result = schema.safeParse(raw.data);
    if (result.success) parsed.set(raw.file, result.data);
    else for (const issue of result.error.issues) problems.push(`${raw.file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const texts = englishTexts(base, lang, trips, places);
  const expectedFiles = new Set(texts.map((t) => t.file));
  for (const file of files.filter((f) => f.lang === lang).map((f) => f.file)) {
    if (!expectedFiles.has(file)) problems.push(`${file}: (root): translates no content: there is no such trip`);
  }
  const reported = new Set<string>();
  for (const text of texts) {
    const where = `${text.file}: ${text.path.join('.')}`;
    if (!files.some((f) => f.file === text.file)) {
      if (!reported.has(text.file)) problems.push(`${text.file}: (root): missing: the ${language} translation of this content (\`npm run translations\` writes it with every entry pending)`);
      reported.add(text.file);
      continue;
    }
    if (!parsed.has(text.file)) continue;
    const entry = entryAt(parsed.get(text.file), text.path) as Entry | undefined;
    if (!entry) {
      problems.push(`${where}: missing ${language} translation; add it, or mark it "pending": true`);
    } else if (entry.pending) {
      index.set(text.key, { text: text.en, pending: true });
    } else if (entry.en !== text.en) {
      problems.push(`${where}: stale ${language} translation: it translates ${short(entry.en)}, but the English now reads ${short(text.en)}; update it, or mark it "pending": true`);
    } else {
      index.set(text.key, { text: entry[lang]!, pending: false });
    }
  }
  // Entries that translate no English text: a removed visit or field, or a typo in an id.
  const wanted = new Set(texts.map((t) => `${t.file}|${t.path.join('.')}`));
  for (const [file, data] of parsed) {
    for (const path of entryPaths(file, data)) {
      if (!wanted.has(`${file}|${path.join('.')}`)) problems.push(`${file}: ${path.join('.')}: translates no English text (no such item, or the field is empty in English)`);
    }
  }
  return index;
}

/** Looks up an item's field in an edition; English, and the English of a pending text, pass through. */
export type Translate = (kind: TranslatedKind, id: string, field: string, english: string) => ShownText;

export function translator(lang: Lang, indexes: Partial<Record<TranslatedLang, TranslationIndex>>): Translate {
  const index = lang === 'en' ? undefined : indexes[lang];
  return (kind, id, field, english) => index?.get(`${kind} ${id} ${field}`) ?? { text: english, pending: lang !== 'en' };
}
