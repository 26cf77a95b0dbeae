import { describe, expect, it } from 'vitest';
import { renderStaticMap } from '../../components/static-map/static-map';
import { fixtureBasemap, fixtureContent, fixtureMapData } from '../../content/fixtures/fixture-data';
import { buildMapData } from '../../content/map-data';
import { PREVIEW_SHAPES, previewPath } from './map-preview';

describe('previews per edition', () => {
  it('keeps English at its old paths and puts the others under their language', () => {
    expect(previewPath('kim-2023', 'light', 'wide')).toBe('/data/preview/kim-2023-light-wide.svg');
    expect(previewPath('kim-2023', 'light', 'wide', 'en')).toBe('/data/preview/kim-2023-light-wide.svg');
    expect(previewPath(null, 'dark', 'narrow', 'ko')).toBe('/data/preview/ko/all-dark-narrow.svg');
    expect(previewPath('kim-2019', 'light', 'wide', 'ru')).toBe('/data/preview/ru/kim-2019-light-wide.svg');
  });

  it('draws the same map in each edition, its names and title in the edition’s language', () => {
    const basemaps = { world: fixtureBasemap('world'), region: fixtureBasemap('region') };
    const preview = (data: ReturnType<typeof fixtureMapData>) =>
      renderStaticMap(data, basemaps, { trip: 'kim-2023', visit: null, theme: 'light', bare: true, ...PREVIEW_SHAPES.wide });
    const routes = (svg: string) => [...svg.matchAll(/<path\b[^>]*\bclass="route"[^>]*>/g)].map(([tag]) => tag);
    const names = (svg: string) => [...svg.matchAll(/<g class="place">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => m[1]);
    const en = preview(fixtureMapData());
    for (const [lang, script] of [['ko', /^\p{Script=Hangul}/u], ['ru', /^\p{Script=Cyrillic}/u]] as const) {
      const data = buildMapData(fixtureContent(), lang);
      const svg = preview(data);
      expect(routes(svg)).toEqual(routes(en));
      expect(svg).toContain(`xml:lang="${lang}"`);
      expect(svg).toContain(`<title>${data.trips.find((t) => t.id === 'kim-2023')!.title}, `);
      expect(names(svg).length).toBeGreaterThan(0);
      for (const name of names(svg)) expect(name).toMatch(script);
    }
  });
});
