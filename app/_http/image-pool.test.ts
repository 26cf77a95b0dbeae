import { existsSync, statSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { ByteLru, cachedImage, FONT_FILES, ImagePool, imageKey, MAX_PNG_AREA, pngAreaProblem, RenderBusyError } from './image-pool';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const text = (content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" font-family="'Noto Sans', 'DejaVu Sans', sans-serif"><text x="4" y="28" font-size="20">${content}</text></svg>`;
/** Pixels with any ink in a PNG, decoded with resvg (an <image> of it). */
function ink(png: Uint8Array): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><image width="240" height="40" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  let count = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count += 1;
  return count;
}

describe('pngAreaProblem', () => {
  it('allows up to the cap and names the sizes beyond it', () => {
    expect(pngAreaProblem(2000, 2000)).toBeNull();
    expect(pngAreaProblem(4000, 1000)).toBeNull();
    expect(MAX_PNG_AREA).toBe(4_000_000);
    expect(pngAreaProblem(4000, 4000)).toMatch(/at most 4,000,000 pixels.*4000 × 4000 is 16,000,000/);
    expect(pngAreaProblem(2001, 2000)).not.toBeNull();
  });
});

describe('ByteLru', () => {
  it('evicts the least recently used entries beyond its byte budget', () => {
    const lru = new ByteLru<Uint8Array>(10);
    lru.set('a', new Uint8Array(4));
    lru.set('b', new Uint8Array(4));
    lru.get('a');
    lru.set('c', new Uint8Array(4));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.size).toEqual({ entries: 2, bytes: 8 });
    lru.set('huge', new Uint8Array(11));
    expect(lru.get('huge')).toBeUndefined();
  });
});

describe('imageKey', () => {
  it('does not depend on the order of the options', () => {
    expect(imageKey('png', { width: 1, height: 2 })).toBe(imageKey('png', { height: 2, width: 1 }));
    expect(imageKey('png', { width: 1 })).not.toBe(imageKey('svg', { width: 1 }));
  });

  it('keeps each edition of an image apart', () => {
    const keys = ['en', 'ko', 'ru'].map((lang) => imageKey('png', { trip: 'kim-2023', width: 1, lang }));
    expect(new Set(keys).size).toBe(3);
  });
});

describe('ImagePool', () => {
  const pools: ImagePool[] = [];
  const pool = (size: number, maxQueue: number) => {
    const made = new ImagePool({ size, maxQueue, fontFiles: FONT_FILES, timeoutMs: 20_000 });
    pools.push(made);
    return made;
  };
  afterAll(async () => Promise.all(pools.map((p) => p.close())));

  it('ships the bundled font (regular and bold)', () => {
    for (const file of FONT_FILES) expect(existsSync(file) && statSync(file).size > 1_000_000).toBe(true);
  });

  it('draws Latin, Hangul and Cyrillic text in a worker with the bundled font alone', async () => {
    const images = pool(1, 4);
    const [blank, latin, hangul, cyrillic] = await Promise.all(['', 'Pyongyang', '평양', 'Пхеньян'].map((t) => images.render(text(t))));
    expect([...latin.slice(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(ink(blank)).toBe(0);
    for (const png of [latin, hangul, cyrillic]) expect(ink(png)).toBeGreaterThan(100);
  });

  it('runs at most `size` renders at once and refuses beyond its queue', async () => {
    const images = pool(1, 1);
    const first = images.render(text('one'));
    const second = images.render(text('two'));
    await expect(images.render(text('three'))).rejects.toBeInstanceOf(RenderBusyError);
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    await expect(images.render(text('four'))).resolves.toBeInstanceOf(Uint8Array);
  });

  it('fails a bad SVG without losing the thread', async () => {
    const images = pool(1, 2);
    await expect(images.render('<not svg')).rejects.toThrow(/PNG rendering failed/);
    await expect(images.render(text('after'))).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('cachedImage', () => {
  it('draws a key once, however often and however concurrently it is asked for', async () => {
    let drawn = 0;
    const svg = () => {
      drawn += 1;
      return text('cached');
    };
    const key = imageKey('png', { probe: Math.random() });
    const [a, b] = await Promise.all([cachedImage(key, 'png', svg), cachedImage(key, 'png', svg)]);
    const c = await cachedImage(key, 'png', svg);
    expect(drawn).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });
});
