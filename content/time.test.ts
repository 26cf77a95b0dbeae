import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatPartialDate, formatVisitTime, zonedInstant } from './time';

describe('formatVisitTime', () => {
  it('gives Khasan 2023 in Vladivostok time with the Pyongyang equivalent, an hour behind', () => {
    expect(formatVisitTime({ date: '2023-09-12', time: '06:00', timeZone: 'Asia/Vladivostok' })).toEqual({
      date: 'Tue 12 Sep 2023',
      time: '06:00 Vladivostok time (UTC+10)',
      pyongyang: '05:00 Pyongyang time',
    });
  });

  it('gives the next day in Pyongyang for an evening in Moscow (the Putin–Choe meeting)', () => {
    expect(formatVisitTime({ date: '2014-11-18', time: '19:00', timeApproximate: true, timeZone: 'Europe/Moscow' })).toEqual({
      date: 'Tue 18 Nov 2014',
      time: 'about 19:00 Moscow time (UTC+3)',
      pyongyang: '01:00 on Wed 19 Nov Pyongyang time',
    });
  });

  it('uses the offsets in force before Russia changed zones on 26 Oct 2014', () => {
    expect(formatVisitTime({ date: '2014-10-07', time: '12:00', timeZone: 'Asia/Vladivostok' }).time).toBe('12:00 Vladivostok time (UTC+11)');
    expect(formatVisitTime({ date: '2014-11-21', time: '12:00', timeZone: 'Asia/Vladivostok' }).time).toBe('12:00 Vladivostok time (UTC+10)');
  });

  it('says Amur Oblast keeps the same clock as Pyongyang', () => {
    expect(formatVisitTime({ date: '2023-09-13', time: '13:00', timeZone: 'Asia/Yakutsk' })).toEqual({
      date: 'Wed 13 Sep 2023',
      time: '13:00 Yakutsk time (UTC+9)',
      pyongyang: 'the same clock as Pyongyang',
    });
  });

  it('knows Pyongyang was UTC+8:30 between 2015 and 2018', () => {
    expect(formatVisitTime({ date: '2016-06-01', time: '12:00', timeZone: 'Asia/Pyongyang' }).time).toBe('12:00 Pyongyang time (UTC+8:30)');
  });

  it('shows an open date as not reported, and a date without a time alone', () => {
    expect(formatVisitTime({ date: null, time: null, timeZone: 'Asia/Pyongyang' })).toEqual({ date: 'Date not reported', time: null, pyongyang: null });
    expect(formatVisitTime({ date: '2019-04-25', time: null, timeZone: 'Asia/Vladivostok' })).toEqual({ date: 'Thu 25 Apr 2019', time: null, pyongyang: null });
  });
});

describe('zonedInstant', () => {
  it('finds the UTC instant of a local wall time', () => {
    expect(zonedInstant('2023-09-12', '06:00', 'Asia/Vladivostok').toISOString()).toBe('2023-09-11T20:00:00.000Z');
    expect(zonedInstant('2024-06-19', '02:22', 'Asia/Pyongyang').toISOString()).toBe('2024-06-18T17:22:00.000Z');
  });
});

describe('formatLocalDate and formatPartialDate', () => {
  it('gives the right weekday for a date in each trip year (2000, 2014, 2019, 2023)', () => {
    expect(formatLocalDate('2014-11-17')).toBe('Mon 17 Nov 2014');
    expect(formatLocalDate('2019-04-27')).toBe('Sat 27 Apr 2019');
    expect(formatLocalDate('2023-09-10')).toBe('Sun 10 Sep 2023');
    expect(formatLocalDate('2000-07-19')).toBe('Wed 19 Jul 2000');
  });

  it('formats publication dates at their precision', () => {
    expect(formatPartialDate('2023-09-13')).toBe('13 Sep 2023');
    expect(formatPartialDate('2014-11')).toBe('Nov 2014');
    expect(formatPartialDate('2000')).toBe('2000');
  });
});
