// Formats stored local dates and times for readers, in each edition's language. Everything is
// computed from the IANA zone with the platform's Intl, so historical offsets (Russia's change
// of 26 Oct 2014, Pyongyang's 2015–2018 UTC+8:30) come from the tz database.
import { type Lang, LOCALES } from './i18n/lang';
import { zoneName } from './i18n/zone-names';

const PYONGYANG = 'Asia/Pyongyang';

/** UTC offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0; // "GMT" alone
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant at which the wall clock in a zone showed this local date and time. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  // A second pass settles instants near an offset change.
  instant = wall - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

function parts(instant: Date, timeZone: string) {
  const get = (options: Intl.DateTimeFormatOptions) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, ...options }).formatToParts(instant).map((p) => [p.type, p.value]),
    );
  const date = get({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = get({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { weekday: date.weekday, day: date.day, month: date.month, year: date.year, time: `${time.hour}:${time.minute}` };
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);
const intl = (lang: Lang, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });

/** "Tue 12 Sep 2023", "2023년 9월 12일 (화)", "вт, 12 сент. 2023 г." for a local calendar date. */
export function formatLocalDate(date: string, lang: Lang = 'en'): string {
  if (lang !== 'en') return intl(lang, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(noon(date));
  const p = parts(noon(date), 'UTC');
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "12 Sep 2023", "Sep 2023" or "2023" (and the same in Korean and Russian) for a publication date of any precision. */
export function formatPartialDate(date: string, lang: Lang = 'en'): string {
  if (lang !== 'en' && date.length === 10) return intl(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(noon(date));
  if (lang !== 'en' && date.length === 7) return intl(lang, { month: 'long', year: 'numeric' }).format(noon(`${date}-15`));
  if (date.length === 10) return formatLocalDate(date).slice(4);
  if (date.length === 7) return parts(noon(`${date}-15`), 'UTC').month + ` ${date.slice(0, 4)}`;
  return date;
}

/** "17–24 Nov 2014", "30 Sep – 1 Oct 2014", "19 Jun 2024"; in Korean and Russian, Intl's range. */
export function formatDateRange(start: string, end: string, lang: Lang = 'en'): string {
  if (lang !== 'en') {
    const format = intl(lang, { day: 'numeric', month: 'short', year: 'numeric' });
    return start === end ? format.format(noon(start)) : format.formatRange(noon(start), noon(end));
  }
  const [a, b] = [formatLocalDate(start).slice(4), formatLocalDate(end).slice(4)];
  if (start === end) return a;
  const [ad, am, ay] = a.split(' ');
  const [, bm, by] = b.split(' ');
  if (ay !== by) return `${a} – ${b}`;
  if (am !== bm) return `${ad} ${am} – ${b}`;
  return `${ad}–${b}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

export interface VisitTimeLabels {
  /** "Tue 12 Sep 2023", or "Date not reported". */
  date: string;
  /** "06:00 Vladivostok time (UTC+10)", with "about" where the time is approximate; null without a time. */
  time: string | null;
  /** The same instant on Pyongyang's clock when it differs: "05:00 Pyongyang time", with the date when the day differs. */
  pyongyang: string | null;
}

const WORDS = {
  en: {
    undated: 'Date not reported',
    about: (time: string) => `about ${time}`,
    sameClock: 'the same clock as Pyongyang',
    pyongyang: (time: string, day: string | null) => `${time}${day ? ` on ${day}` : ''} Pyongyang time`,
  },
  ko: {
    undated: '날짜가 보도되지 않음',
    about: (time: string) => `약 ${time}`,
    sameClock: '평양과 같은 시각',
    pyongyang: (time: string, day: string | null) => `평양 시간 ${day ? `${day} ` : ''}${time}`,
  },
  ru: {
    undated: 'Дата не сообщалась',
    about: (time: string) => `около ${time}`,
    sameClock: 'то же время, что и в Пхеньяне',
    pyongyang: (time: string, day: string | null) => `${day ? `${day}, ` : ''}${time} по пхеньянскому времени`,
  },
} satisfies Record<Lang, unknown>;

export function formatVisitTime(visit: {
  date: string | null;
  time: string | null;
  timeApproximate?: boolean;
  timeZone: string;
}, lang: Lang = 'en'): VisitTimeLabels {
  const words = WORDS[lang];
  if (visit.date === null) return { date: words.undated, time: null, pyongyang: null };
  const date = formatLocalDate(visit.date, lang);
  if (visit.time === null) return { date, time: null, pyongyang: null };
  const instant = zonedInstant(visit.date, visit.time, visit.timeZone);
  const offset = offsetMinutes(instant, visit.timeZone);
  const clock = visit.timeApproximate ? words.about(visit.time) : visit.time;
  const time = `${clock} ${zoneName(visit.timeZone, lang)} (${formatOffset(offset)})`;
  if (visit.timeZone === PYONGYANG) return { date, time, pyongyang: null };
  if (offsetMinutes(instant, PYONGYANG) === offset) return { date, time, pyongyang: words.sameClock };
  const there = parts(instant, PYONGYANG);
  const thereDate = new Intl.DateTimeFormat('en-CA', { timeZone: PYONGYANG }).format(instant);
  const day = thereDate === visit.date ? null
    : lang === 'en' ? `${there.weekday} ${there.day} ${there.month}`
    : intl(lang, { weekday: 'short', day: 'numeric', month: 'short' }).format(noon(thereDate));
  return { date, time, pyongyang: words.pyongyang(there.time, day) };
}
