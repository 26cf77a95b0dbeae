import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { BORDER_LINE, PALETTES, REGION_BORDER_LINE } from '../map-style';
import { BasemapLevel } from './StaticBasemap';

const paths = { seaMask: '', land: 'M0 0l10 0 0 10z', lake: '', river: 'M1 1l2 2', regionBorder: 'M3 3l4 4', border: 'M5 5l6 6' };

describe('BasemapLevel', () => {
  it('draws region borders lighter, thinner and more finely dashed than country borders, below them', () => {
    expect(REGION_BORDER_LINE.width).toBeLessThan(BORDER_LINE.width);
    expect(REGION_BORDER_LINE.dash).not.toBe(BORDER_LINE.dash);
    for (const theme of ['light', 'dark'] as const) {
      const palette = PALETTES[theme];
      expect(palette.regionBorder).not.toBe(palette.border);
      const svg = renderToString(h(BasemapLevel, { paths, palette }));
      const region = svg.match(/<path\b[^>]*\bclass="region-borders"[^>]*>/)?.[0];
      expect(region).toContain(`d="M3 3l4 4"`);
      expect(region).toContain(`stroke="${palette.regionBorder}"`);
      expect(region).toContain(`stroke-width="${REGION_BORDER_LINE.width}"`);
      expect(region).toContain(`stroke-dasharray="${REGION_BORDER_LINE.dash}"`);
      expect(svg.indexOf('region-borders')).toBeLessThan(svg.indexOf('M5 5l6 6'));
    }
  });

  it('draws no region-border path where the level has none in view', () => {
    expect(renderToString(h(BasemapLevel, { paths: { ...paths, regionBorder: '' }, palette: PALETTES.light }))).not.toContain('region-borders');
  });
});
