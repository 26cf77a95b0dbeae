import { describe, expect, it, vi } from 'vitest';
import { fill, formatNumber, plural, scaleLabel } from './format';
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
  it('writes numbers with the locale’s separators', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('ru', 12345)).toMatch(/^12\s345$/);
  });
});

describe('formatNumber', () => {
  it('writes whole numbers from 0 to 999 as each locale would', () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(LOCALES[lang]);
      for (let n = 0; n < 1000; n += 1) expect(formatNumber(lang, n)).toBe(intl.format(n));
    }
  });
  it('leaves every other number to the locale', () => {
    expect(formatNumber('en', 1000)).toBe('1,000');
    expect(formatNumber('ru', 0.5)).toBe('0,5');
    expect(formatNumber('en', -1)).toBe(new Intl.NumberFormat('en-GB').format(-1));
  });
  it('makes no Intl.NumberFormat for whole numbers under a thousand', async () => {
    vi.resetModules();
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    } as typeof Intl.NumberFormat;
    try {
      const fresh = await import('./format');
      expect(LANGS.map((lang) => fresh.formatNumber(lang, 999))).toEqual(['999', '999', '999']);
      expect(made).toBe(0);
      fresh.formatNumber('en', 1000);
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});

describe('scaleLabel', () => {
  it('writes metres below a kilometre and kilometres from one, in the symbols given', () => {
    const ru = { kilometres: 'км', metres: 'м' };
    expect([500, 1000, 300_000].map((m) => scaleLabel(m, ru))).toEqual(['500 м', '1 км', '300 км']);
  });
});
