import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../../content/fixtures/fixture-data';
import { parseImageRequest } from './static-image-params';

const data = fixtureMapData();

describe('parseImageRequest', () => {
  it('reads a trip, a format and defaults', () => {
    expect(parseImageRequest('kim-2023.png', {}, data)).toEqual({
      ok: true,
      format: 'png',
      options: { trip: 'kim-2023', visit: null, frame: 'trip', width: 1200, height: 800, theme: 'light', lang: 'en' },
    });
    expect(parseImageRequest('all.svg', { width: '600', height: '315', theme: 'dark' }, data)).toMatchObject({
      ok: true,
      options: { trip: null, width: 600, height: 315, theme: 'dark' },
    });
  });

  it('gives 404 for an unknown trip, format or visit', () => {
    for (const [file, params] of [['kim-2099.svg', {}], ['kim-2023.gif', {}], ['../etc.svg', {}], ['kim-2023.svg', { visit: 'kim-2019-summit' }]] as const) {
      expect(parseImageRequest(file, params, data)).toMatchObject({ ok: false, status: 404 });
    }
    // Naming what was asked for, and where it was looked for.
    expect(parseImageRequest('kim-2099.svg', {}, data)).toMatchObject({ error: 'No image called “kim-2099.svg”: ask for /static/<tripId>.svg or .png, or /static/all.svg' });
    expect(parseImageRequest('kim-2023.svg', { visit: 'kim-2019-summit' }, data)).toMatchObject({ error: 'The trip “kim-2023” has no visit called “kim-2019-summit”' });
    expect(parseImageRequest('all.svg', { visit: 'kim-2099-x' }, data)).toMatchObject({ error: 'No visit called “kim-2099-x”' });
  });

  it('gives 400 for sizes outside 100–4000, non-numbers, repeats and unknown themes', () => {
    for (const params of [{ width: '99' }, { height: '4001' }, { width: '12.5' }, { width: '1e3' }, { width: ['300', '400'] }, { theme: 'sepia' }, { frame: 'visit' }, { frame: 'city' }]) {
      const parsed = parseImageRequest('kim-2023.svg', params, data);
      expect(parsed).toMatchObject({ ok: false, status: 400 });
    }
    expect(parseImageRequest('kim-2023.svg', { width: '100', height: '4000' }, data).ok).toBe(true);
  });

  it('reads the edition, English by default, and gives 400 for an unknown, empty or repeated lang', () => {
    expect(parseImageRequest('kim-2023.png', { lang: 'ko' }, data)).toMatchObject({ ok: true, options: { lang: 'ko' } });
    expect(parseImageRequest('all.svg', { lang: ' ru ' }, data)).toMatchObject({ ok: true, options: { lang: 'ru' } });
    expect(parseImageRequest('all.svg', {}, data)).toMatchObject({ ok: true, options: { lang: 'en' } });
    expect(parseImageRequest('kim-2023.svg', { lang: 'de' }, data)).toEqual({ ok: false, status: 400, error: 'The language (lang) must be one of en, ko, ru' });
    expect(parseImageRequest('kim-2023.svg', { lang: 'KO' }, data)).toMatchObject({ ok: false, status: 400 });
    expect(parseImageRequest('kim-2023.svg', { lang: '' }, data)).toMatchObject({ ok: false, status: 400 });
    expect(parseImageRequest('kim-2023.svg', { lang: ['ko', 'ru'] }, data)).toEqual({ ok: false, status: 400, error: 'The language (lang) must be one of en, ko, ru, given once' });
    // The trip and visit are still checked first: an unknown one is a 404 in any language.
    expect(parseImageRequest('kim-2099.svg', { lang: 'de' }, data)).toMatchObject({ ok: false, status: 404 });
  });
});
