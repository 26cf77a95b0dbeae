import { describe, expect, it } from 'vitest';
import { negotiateLang } from './lang';

describe('negotiateLang', () => {
  it('picks the highest-weighted language the map has, by primary subtag', () => {
    expect(negotiateLang('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
    expect(negotiateLang('de-DE,de;q=0.9,ru;q=0.8,en;q=0.5')).toBe('ru');
    expect(negotiateLang('en;q=0.4, ru;q=0.6')).toBe('ru');
  });

  it('falls back to English for no header, no match, or weights that refuse', () => {
    expect(negotiateLang(null)).toBe('en');
    expect(negotiateLang('')).toBe('en');
    expect(negotiateLang('de, fr;q=0.5')).toBe('en');
    expect(negotiateLang('ko;q=0, ru;q=abc')).toBe('en');
  });
});
