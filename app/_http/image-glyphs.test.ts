import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { getStaticMap } from '../../components/static-map/site-static-map';
import { textWidth } from '../../components/static-map/svg-text';
import { basemapLabelName } from '../../content/basemap/basemap-label-name';
import { IMAGE_MESSAGES } from '../../content/i18n/image-messages';
import { LANGS, type Lang } from '../../content/i18n/lang';
import { getBasemap, getMapData } from '../../content/site-data';
import { FONT_FAMILY, FONT_FILES, ImagePool } from './image-pool';

// The Korean and Russian images draw every character in the one font the PNG renderer is given
// (Noto Sans KR): a character it lacks would be drawn as its empty box (.notdef). Checked against
// the font's own character map, for every text an image can show in each edition, and by drawing
// one Korean and one Russian image through the renderer.

/** The Unicode code points a font's cmap maps to a glyph (formats 4 and 12, Windows Unicode subtables). */
function fontCodePoints(file: string): Set<number> {
  const bytes = readFileSync(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i += 1) tables.set(bytes.toString('latin1', 12 + 16 * i, 16 + 16 * i), view.getUint32(20 + 16 * i));
  const cmap = tables.get('cmap')!;
  const covered = new Set<number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
    const [platform, encoding] = [view.getUint16(cmap + 4 + 8 * i), view.getUint16(cmap + 6 + 8 * i)];
    const table = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(table);
    if (platform !== 3) continue;
    if (format === 12 && encoding === 10) {
      for (let g = 0; g < view.getUint32(table + 12); g += 1) {
        const [start, end] = [view.getUint32(table + 16 + 12 * g), view.getUint32(table + 20 + 12 * g)];
        for (let cp = start; cp <= end; cp += 1) covered.add(cp);
      }
    } else if (format === 4 && encoding === 1) {
      const segments = view.getUint16(table + 6) / 2;
      const [ends, starts, deltas, offsets] = [0, 1, 2, 3].map((k) => table + 14 + k * 2 * segments + (k > 0 ? 2 : 0));
      for (let s = 0; s < segments; s += 1) {
        const [start, end] = [view.getUint16(starts + 2 * s), view.getUint16(ends + 2 * s)];
        const [delta, offset] = [view.getInt16(deltas + 2 * s), view.getUint16(offsets + 2 * s)];
        for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
          const glyph = offset === 0 ? (cp + delta) & 0xffff : view.getUint16(offsets + 2 * s + offset + 2 * (cp - start));
          if (glyph !== 0) covered.add(cp);
        }
      }
    }
  }
  return covered;
}

/** Every string of a message dictionary, plural forms included. */
const messageStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value.replace(/\{\w+\}/g, '')] : Object.values(value as object).flatMap(messageStrings);

/** Every text a static image of the edition can draw: its words, and the edition's content as the images use it. */
function imageTexts(lang: Lang): string[] {
  const data = getMapData(lang);
  return [
    ...messageStrings(IMAGE_MESSAGES[lang]),
    ...data.trips.flatMap((t) => [t.title, t.dateRange, t.traveller[lang]]),
    ...data.visits.flatMap((v) => [v.dateLabel, v.summary, ...v.sources.map((s) => s.outlet)]),
    ...data.places.flatMap((p) => [p.label, p.name[lang]]),
    ...getBasemap('world').features.flatMap((f) => (f.geometry.type === 'Point' ? [basemapLabelName(f.properties, lang)] : [])),
  ];
}

const codePoints = FONT_FILES.map(fontCodePoints);

describe('the bundled font', () => {
  it.each(LANGS)('has a glyph, regular and bold, for every character a %s image can show', (lang) => {
    const chars = new Set(imageTexts(lang).flatMap((text) => [...text]));
    // The check would pass on an empty font: the edition's script is among the characters.
    expect([...chars].some((c) => ({ en: /[A-Z]/, ko: /\p{Script=Hangul}/u, ru: /\p{Script=Cyrillic}/u })[lang].test(c))).toBe(true);
    for (const covered of codePoints) {
      // A space the font lacks (U+202F, in Intl's Russian dates) is drawn as its space, never as a box: see below.
      const missing = [...chars].filter((c) => !covered.has(c.codePointAt(0)!) && !/\p{Zs}/u.test(c));
      expect(missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
    }
  });

  it('draws a space it lacks as a space (the shaper’s fallback), with no ink', () => {
    const draw = (text: string) =>
      new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="0" y="40" font-size="40">${text}</text></svg>`, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } }).getBBox();
    expect(codePoints[0].has(0x202f)).toBe(false);
    expect(draw('\u202f')).toBeUndefined();
    // Between two letters it takes no more room than a space; a missing glyph (U+10FFFD) would ink a box.
    expect(draw('г\u202fг')!.width).toBeLessThanOrEqual(draw('г г')!.width);
    expect(draw('\u{10FFFD}')).toBeDefined();
  });

  it('is never wider than the width table says, for the names and words of the Korean and Russian images', () => {
    // resvg's extent of the drawn text: ink, kerned, in the bundled font alone.
    const inked = (text: string, bold: boolean) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="40"><text x="0" y="30" font-size="12"${bold ? ' font-weight="700"' : ''}>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></svg>`;
      const bbox = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } }).getBBox();
      return bbox ? bbox.x + bbox.width : 0;
    };
    for (const lang of ['ko', 'ru'] as const) {
      const data = getMapData(lang);
      const samples: [string, boolean][] = [
        ...data.places.map((p): [string, boolean] => [p.label, true]),
        ...messageStrings(IMAGE_MESSAGES[lang]).map((m): [string, boolean] => [m, false]),
        ...data.trips.map((t): [string, boolean] => [`${t.traveller[lang]}, ${t.dateRange}`, false]),
      ];
      for (const [text, bold] of samples) expect(inked(text, bold), `${lang}: ${text}`).toBeLessThanOrEqual(textWidth(text, 12, bold) + 0.5);
    }
  }, 60_000);
});

describe('Korean and Russian PNGs', () => {
  const pool = new ImagePool({ size: 1, maxQueue: 4, fontFiles: FONT_FILES, timeoutMs: 30_000 });
  afterAll(() => pool.close());

  /** How many pixels two PNGs of one size differ in, decoded with resvg. */
  function differing(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
    const decode = (png: Uint8Array) =>
      new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`, { font: { loadSystemFonts: false } }).render().pixels;
    const [pa, pb] = [decode(a), decode(b)];
    let count = 0;
    for (let i = 0; i < pa.length; i += 4) if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2]) count += 1;
    return count;
  }

  it.each(['ko', 'ru'] as const)('renders a %s image through the renderer the server uses, with its text drawn (that no glyph is a box, the character map test shows)', async (lang) => {
    const [width, height] = [800, 500];
    const svg = getStaticMap({ trip: 'kim-2023', visit: 'kim-2023-vostochny', width, height, theme: 'light', lang });
    expect(svg).toContain(`xml:lang="${lang}"`);
    const [png, textless] = await Promise.all([pool.render(svg), pool.render(svg.replace(/<text\b.*?<\/text>/g, ''))]);
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([width, height]);
    // The legend, caption, names and source line: thousands of pixels of type.
    expect(differing(png, textless, width, height)).toBeGreaterThan(5000);
  }, 60_000);
});
