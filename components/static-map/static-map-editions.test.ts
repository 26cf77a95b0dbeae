import { describe, expect, it } from 'vitest';
import { fixtureBasemap, fixtureContent, fixtureMapData } from '../../content/fixtures/fixture-data';
import { buildMapData, type MapData } from '../../content/map-data';
import type { Lang } from '../../content/i18n/lang';
import { renderStaticMap, type StaticMapOptions } from './static-map';
import { textWidth } from './svg-text';

// The Korean and Russian images: their words, names and dates in the edition's language, the
// document and any text in another language marked with it.

const basemaps = { world: fixtureBasemap('world'), region: fixtureBasemap('region') };
const editions = new Map<Lang, MapData>([['en', fixtureMapData()]]);
const dataIn = (lang: Lang) => {
  if (!editions.has(lang)) editions.set(lang, buildMapData(fixtureContent(), lang));
  return editions.get(lang)!;
};
const render = (lang: Lang, options: Partial<StaticMapOptions> = {}, data = dataIn(lang)) =>
  renderStaticMap(data, basemaps, { trip: 'kim-2023', visit: 'kim-2023-vostochny', width: 1200, height: 800, theme: 'light', ...options });
/** The texts of a group (legend, caption, footer), tags stripped (its class may come last among its attributes). */
const texts = (svg: string, group: string) => [...svg.matchAll(new RegExp(`<g[^>]*? class="${group}"[^>]*>(.*?)</g>`, 'g'))].flatMap(([, inner]) =>
  [...inner.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(([, text]) => text.replace(/<[^>]+>/g, '')));

describe('renderStaticMap in Korean and Russian', () => {
  it('marks the document with its language and names it in that language', () => {
    const ko = render('ko');
    expect(ko).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="800"[^>]* xml:lang="ko">/);
    const trip = dataIn('ko').trips.find((t) => t.id === 'kim-2023')!;
    expect(ko).toContain(`aria-label="지도: ${trip.title}, ${trip.dateRange}"`);
    expect(render('ru')).toMatch(/^<svg [^>]*aria-label="Карта: Поездка Ким Чен Ына[^>]* xml:lang="ru">/);
    expect(render('en')).toMatch(/^<svg [^>]*aria-label="Map: [^>]* xml:lang="en">/);
    expect(render('ru', { trip: null, visit: null })).toContain('<title>Поездки КНДР — Россия</title>');
  });

  it('writes the scale bar in the edition’s units', () => {
    expect(texts(render('ru'), 'scale')).toEqual([expect.stringMatching(/^\d+ км$/)]);
    expect(texts(render('ko'), 'scale')).toEqual([expect.stringMatching(/^\d+ km$/)]);
  });

  it('writes the legend, caption, sources and credit in the edition, with its names and dates', () => {
    const data = dataIn('ko');
    const visit = data.visits.find((v) => v.id === 'kim-2023-vostochny')!;
    const place = data.places.find((p) => p.id === visit.place)!;
    const ko = render('ko');
    const legend = texts(ko, 'legend');
    expect(legend).toEqual(expect.arrayContaining(['열차', '차량', '추정, 보도되지 않음', data.trips.find((t) => t.id === 'kim-2023')!.dateRange]));
    const caption = texts(ko, 'caption');
    expect(caption[0]).toBe(`${visit.dateLabel} · ${place.name.ko}`);
    expect(visit.dateLabel).toMatch(/^2023년 9월 13일/);
    expect(caption.slice(1).join(' ')).toBe(visit.summary);
    const footer = texts(ko, 'footer');
    expect(footer[0]).toMatch(/^출처: /);
    expect(footer.at(-1)).toBe('배경 지도: Natural Earth · 경로는 대략적임');
    // The outlets keep their (English) names, marked as English within the Korean line.
    expect(ko).toMatch(/<text[^>]*>출처: <tspan xml:lang="en">[^<]+<\/tspan>/);
    expect(ko).toContain('<tspan xml:lang="en">Natural Earth</tspan>');

    const ru = render('ru', { trip: 'choe-2014', visit: null });
    expect(texts(ru, 'legend')).toEqual(expect.arrayContaining(['Самолёт или автомобиль']));
    expect(texts(ru, 'footer')[0]).toMatch(/^Источники: /);
  });

  it('names the places as the edition writes them', () => {
    const names = (svg: string) => [...svg.matchAll(/<g class="place">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => m[1]).sort();
    const byEnglish = (lang: Lang) => new Map(dataIn(lang).places.map((p) => [p.name.en, p.name[lang]]));
    const en = names(render('en', { trip: 'choe-2014', visit: null }));
    expect(en).toEqual(['Khabarovsk', 'Moscow', 'Pyongyang', 'Vladivostok']);
    for (const lang of ['ko', 'ru'] as const) {
      expect(names(render(lang, { trip: 'choe-2014', visit: null }))).toEqual(en.map((name) => byEnglish(lang).get(name)).sort());
    }
  });

  it('names countries and seas in the edition, spaced-out names measured with their spacing', () => {
    const labels = (svg: string) => [...svg.matchAll(/<text x="[\d.-]+" y="[\d.-]+" text-anchor="middle" font-size="11"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    const ko = labels(render('ko', { trip: null, visit: null, width: 1600, height: 900 }));
    const ru = labels(render('ru', { trip: null, visit: null, width: 1600, height: 900 }));
    expect(ko).toContain('러시아');
    expect(ko.every((name) => /\p{Script=Hangul}/u.test(name))).toBe(true);
    expect(ru).toContain('РОССИЯ');
    expect(ru.every((name) => /\p{Script=Cyrillic}/u.test(name))).toBe(true);
  });

  it('shows a text whose translation is pending in English, marked as English and as not yet translated', () => {
    const data = dataIn('ru');
    const english = fixtureMapData().visits.find((v) => v.id === 'kim-2023-vostochny')!.summary;
    const pending: MapData = { ...data, visits: data.visits.map((v) => (v.id === 'kim-2023-vostochny' ? { ...v, summary: english, untranslated: ['summary'] } : v)) };
    const svg = render('ru', { width: 1200, height: 900 }, pending);
    const summary = [...svg.matchAll(/<g class="caption">(.*?)<\/g>/g)][0][1];
    expect(summary).toMatch(/<text[^>]*font-size="12"[^>]*xml:lang="en">[^<]+<\/text>/);
    expect(texts(svg, 'caption').slice(1).join(' ')).toMatch(/\(ещё не переведено\)$/);
    expect(summary).toContain('<tspan xml:lang="en">');
  });

  it('keeps Korean and Russian text inside its panels', () => {
    let checked = 0;
    for (const lang of ['ko', 'ru'] as const) {
      for (const [width, height] of [[1200, 630], [400, 300]]) {
        for (const visit of dataIn(lang).visits) {
          const svg = render(lang, { trip: visit.trip, visit: visit.id, width, height });
          for (const [, x, , w, inner] of svg.matchAll(/<g class="(?:legend|caption)"><rect x="([\d.]+)" y="([\d.-]+)" width="([\d.]+)"[^>]*\/>(.*?)<\/g>/g)) {
            for (const [, tx, size, bold, text] of inner.matchAll(/<text x="([\d.]+)" y="[\d.-]+" font-size="([\d.]+)"( font-weight="700")?[^>]*>(.*?)<\/text>/g)) {
              const plain = text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
              expect(Number(tx) + textWidth(plain, Number(size), Boolean(bold)), `${lang} ${visit.id} ${width}: ${plain}`).toBeLessThanOrEqual(Number(x) + Number(w));
              checked += 1;
            }
          }
        }
      }
    }
    // The patterns found the panels' lines (a change of markup would otherwise pass this silently).
    expect(checked).toBeGreaterThan(500);
  });

  it('refuses an edition other than its data’s', () => {
    expect(() => render('en', { lang: 'ko' })).toThrow(/asked for in ko, the data is in en/);
    expect(render('ko', { lang: 'ko' })).toContain('xml:lang="ko"');
  });
});
