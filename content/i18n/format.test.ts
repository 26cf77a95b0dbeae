import { describe, expect, it } from 'vitest';
import { fill, formatNumber, plural } from './format';
import { LANGS, LOCALES } from './lang';

describe('fill', () => {
  it('puts values into placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('plural', () => {
  const stations = { one: '{n} станция', few: '{n} станции', many: '{n} станций', other: '{n} станции' };
  it('chooses the form by the locale’s rules', () => {
    expect([1, 3, 5, 21, 1.5].map((n) => plural('ru', stations, n))).toEqual(['1 станция', '3 станции', '5 станций', '21 станция', '1,5 станции']);
    expect(plural('en', { one: '{n} stop', other: '{n} stops' }, 1)).toBe('1 stop');
    expect(plural('ko', { other: '정류지 {n}곳' }, 2)).toBe('정류지 2곳');
  });
  it('writes whole numbers under a thousand as the locale would, without its formatter', () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(LOCALES[lang]);
      for (let n = 0; n < 1000; n += 1) expect(formatNumber(lang, n)).toBe(intl.format(n));
    }
  });
  it('writes numbers with the locale’s separators', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('ru', 12345)).toMatch(/^12\s345$/);
  });
});
