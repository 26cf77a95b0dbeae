import { describe, expect, it } from 'vitest';
import { parseLangParam } from './lang-param';

describe('parseLangParam', () => {
  it('reads an edition', () => {
    expect(parseLangParam({ lang: 'ko' })).toEqual({ lang: 'ko', problem: null });
    expect(parseLangParam({})).toEqual({ lang: null, problem: null });
    expect(parseLangParam({ lang: 'KO' }).lang).toBe('ko');
    expect(parseLangParam({ lang: 'ru-RU' }).lang).toBe('ru');
  });

  it('falls back to English, saying why, for an unknown, empty or repeated lang', () => {
    expect(parseLangParam({ lang: 'de' })).toEqual({ lang: null, problem: 'No language called “de” (lang= takes en, ko, ru): showing English.' });
    expect(parseLangParam({ lang: ['ko', 'ru'] }).problem).toBe('The language (lang) parameter is given more than once: showing English.');
    expect(parseLangParam({ lang: ' ' }).problem).toBe('The language (lang) parameter is empty: showing English.');
  });
});
