import { z } from 'zod';
import type { TranslatedLang } from './i18n/lang';
import { SCRIPTS } from './i18n/scripts';

/** Lower-case words joined by hyphens: stable, readable ids used in URLs and GeoJSON. */
export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id like "kim-2023-khasan"');

export const lngLatSchema = z.tuple([
  z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
  z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
]);

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A local calendar date, ISO 8601 YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be an ISO date YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, 'must be a real calendar date');

/** A publication date, as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine((v) => v.length < 10 || isCalendarDate(v), 'must be a real calendar date');

/** A local wall-clock time, HH:MM (24 h). */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');

function isIanaZone(value: string): boolean {
  if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone in Area/Location form, so historical offsets come from the tz database. */
export const timeZoneSchema = z.string().refine(isIanaZone, 'must be an IANA time zone such as "Asia/Pyongyang"');

/** A text in a translated edition's script ("must be written in Hangul"). */
export function inScriptOf(lang: TranslatedLang) {
  return z.string().regex(SCRIPTS[lang].pattern, `must be written in ${SCRIPTS[lang].name}`);
}

export const namesSchema = z
  .object({
    en: z.string().min(1, 'must not be empty'),
    ko: inScriptOf('ko'),
    ru: inScriptOf('ru'),
  })
  .strict();

export const placeSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['city', 'site']),
    name: namesSchema,
    /** A short English label for the map, where the full name is long. */
    shortName: z.string().min(1).optional(),
    region: z.string().min(1),
    country: z.enum(['KP', 'RU', 'CN']),
    coordinates: lngLatSchema,
    /** verified: checked against a cited dataset; reference: standard reference, within ~200 m;
     *  approximate: ±1–10 km; unverified: the position is not known and a nearby point stands in. */
    quality: z.enum(['verified', 'reference', 'approximate', 'unverified']),
    qualityNote: z.string().min(1).optional(),
    /** The source (id in sources.json) that states both coordinates; required for a verified position. */
    coordinateSource: idSchema.optional(),
    timeZone: timeZoneSchema,
  })
  .strict()
  .refine((p) => p.quality !== 'unverified' || p.qualityNote, {
    message: 'an unverified position needs a qualityNote saying what stands in for it',
    path: ['qualityNote'],
  })
  .refine((p) => p.quality !== 'verified' || p.coordinateSource, {
    message: 'a verified position needs a coordinateSource: the source that states both its coordinates',
    path: ['coordinateSource'],
  });

export const sourceSchema = z
  .object({
    id: idSchema,
    outlet: z.string().min(1),
    title: z.string().min(1).nullable(),
    date: partialDateSchema,
    dateNote: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).nullable(),
    /** The source is, or quotes, an official text: a government's own statement or its state agency's report (KCNA, the Kremlin). */
    official: z.literal(true).optional(),
  })
  .strict();

export const visitSchema = z
  .object({
    id: idSchema,
    place: idSchema,
    placePresumed: z.boolean().optional(),
    /** Local date at the place; null where it was not reported (dateNote then says what is known). */
    date: isoDateSchema.nullable(),
    dateNote: z.string().min(1).optional(),
    time: localTimeSchema.nullable(),
    timeApproximate: z.boolean().optional(),
    timeNote: z.string().min(1).optional(),
    timeZone: timeZoneSchema,
    met: z.string().min(1).nullable(),
    summary: z.string().min(1),
    note: z.string().min(1).optional(),
    sources: z
      .array(idSchema)
      .min(1, 'every visit needs at least one source')
      .refine((ids) => new Set(ids).size === ids.length, 'a source is listed twice (it would count twice towards "high")'),
    /** high: two or more independent sources, or an official text (checked against the sources on loading). */
    confidence: z.enum(['high', 'medium', 'low']),
  })
  .strict()
  .refine((v) => v.date !== null || v.dateNote, {
    message: 'a visit without a date needs a dateNote saying what is known',
    path: ['dateNote'],
  })
  .refine((v) => v.date !== null || v.time === null, { message: 'a time needs a date', path: ['time'] });

export const legSchema = z
  .object({
    from: idSchema,
    to: idSchema,
    mode: z.enum(['train', 'air', 'car']),
    /** presumed: the path, mode or date of this leg was not reported. */
    certainty: z.enum(['reported', 'presumed']),
    note: z.string().min(1).optional(),
  })
  .strict();

export const tripSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['core', 'context']),
    title: z.string().min(1),
    traveller: namesSchema,
    travellerRole: z.string().min(1),
    colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a hex colour like "#D55E00"'),
    summary: z.string().min(1),
    visits: z.array(visitSchema).min(1, 'a trip needs at least one visit'),
    legs: z.array(legSchema),
  })
  .strict();

export type Place = z.infer<typeof placeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Visit = z.infer<typeof visitSchema>;
export type Leg = z.infer<typeof legSchema>;
export type Trip = z.infer<typeof tripSchema>;
export type TravelMode = Leg['mode'];
