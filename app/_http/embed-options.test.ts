import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, parseEmbedOptions } from './embed-options';

describe('parseEmbedOptions', () => {
  it('takes valid values and ignores unknown parameters', () => {
    expect(parseEmbedOptions({ controls: 'stepper', theme: 'dark', legend: 'off', utm_source: 'x' }, false)).toEqual({
      options: { controls: 'stepper', theme: 'dark', basemap: 'bundled', legend: 'off' },
      notices: [],
    });
    expect(parseEmbedOptions({}, false)).toEqual({ options: EMBED_DEFAULTS, notices: [] });
  });

  it('falls back to defaults with a plain-text notice for bad values', () => {
    const { options, notices } = parseEmbedOptions({ controls: 'some', legend: ['on', 'off'], theme: '<b>x</b>' }, false);
    expect(options).toEqual(EMBED_DEFAULTS);
    expect(notices).toEqual([
      'The controls parameter “some” is not one of full, stepper, none; using full.',
      'The theme parameter “<b>x</b>” is not one of light, dark, auto; using auto.',
      'The legend parameter is given more than once; using on.',
    ]);
  });

  it('says why in the page’s edition', () => {
    expect(parseEmbedOptions({ controls: 'some' }, false, 'ru').notices).toEqual(['Значение «some» параметра «controls» не входит в список: full, stepper, none; используется full.']);
    expect(parseEmbedOptions({ basemap: 'tiles' }, false, 'ko').notices).toEqual(['타일 서버가 설정되지 않아 내장 배경지도를 씁니다.']);
  });

  it('uses tiles only where a tile server is configured', () => {
    expect(parseEmbedOptions({ basemap: 'tiles' }, true).options.basemap).toBe('tiles');
    expect(parseEmbedOptions({ basemap: 'tiles' }, false)).toEqual({
      options: EMBED_DEFAULTS,
      notices: ['No tile server is configured; using the bundled basemap.'],
    });
  });
});
