// Formats stored local dates and times for readers. Everything is computed from the
// IANA zone with the platform's Intl, so historical offsets (Russia's change of
// 26 Oct 2014, Pyongyang's 2015–2018 UTC+8:30) come from the tz database.

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

/** "Tue 12 Sep 2023" for a local calendar date. */
export function formatLocalDate(date: string): string {
  const p = parts(new Date(`${date}T12:00:00Z`), 'UTC');
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "12 Sep 2023", "Sep 2023" or "2023" for a publication date of any precision. */
export function formatPartialDate(date: string): string {
  if (date.length === 10) return formatLocalDate(date).slice(4);
  if (date.length === 7) return parts(new Date(`${date}-15T12:00:00Z`), 'UTC').month + ` ${date.slice(0, 4)}`;
  return date;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/** "Vladivostok time": the zone's principal city, as the IANA id names it. */
export function zoneName(timeZone: string): string {
  return `${timeZone.split('/').pop()!.replace(/_/g, ' ')} time`;
}

export interface VisitTimeLabels {
  /** "Tue 12 Sep 2023", or "Date not reported". */
  date: string;
  /** "06:00 Vladivostok time (UTC+10)", with "about" where the time is approximate; null without a time. */
  time: string | null;
  /** The same instant on Pyongyang's clock when it differs: "05:00 Pyongyang time", with the date when the day differs. */
  pyongyang: string | null;
}

export function formatVisitTime(visit: {
  date: string | null;
  time: string | null;
  timeApproximate?: boolean;
  timeZone: string;
}): VisitTimeLabels {
  if (visit.date === null) return { date: 'Date not reported', time: null, pyongyang: null };
  const date = formatLocalDate(visit.date);
  if (visit.time === null) return { date, time: null, pyongyang: null };
  const instant = zonedInstant(visit.date, visit.time, visit.timeZone);
  const offset = offsetMinutes(instant, visit.timeZone);
  const time = `${visit.timeApproximate ? 'about ' : ''}${visit.time} ${zoneName(visit.timeZone)} (${formatOffset(offset)})`;
  if (visit.timeZone === PYONGYANG) return { date, time, pyongyang: null };
  if (offsetMinutes(instant, PYONGYANG) === offset) return { date, time, pyongyang: 'the same clock as Pyongyang' };
  const there = parts(instant, PYONGYANG);
  const sameDay = formatLocalDate(visit.date) === `${there.weekday} ${there.day} ${there.month} ${there.year}`;
  return {
    date,
    time,
    pyongyang: `${there.time}${sameDay ? '' : ` on ${there.weekday} ${there.day} ${there.month}`} Pyongyang time`,
  };
}
