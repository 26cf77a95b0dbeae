import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

interface Rect { left: number; top: number; right: number; bottom: number; text?: string }

const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the page shows of the map: its box, and the boxes of what floats over it. */
async function mapAndOverlays(page: Page): Promise<{ map: Rect; overlays: Rect[] }> {
  const map = await page.locator('.leaflet-container').evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
  const overlays = await page.locator('.legend, .embed-open, .leaflet-control').evaluateAll((all) => all.map((e) => {
    const { left, top, right, bottom } = e.getBoundingClientRect();
    return { left, top, right, bottom, text: e.className };
  }).filter((r) => r.right > r.left));
  return { map, overlays };
}

/** The names that reach onto the map (markers far off it are still in the page). */
async function namesOnMap(page: Page, selector: string, map: Rect): Promise<Rect[]> {
  const all = await page.locator(selector).evaluateAll((names) => names.map((n) => {
    const { left, top, right, bottom } = n.getBoundingClientRect();
    return { left, top, right, bottom, text: n.textContent ?? '' };
  }));
  return all.filter((n) => n.right > map.left && n.left < map.right && n.bottom > map.top && n.top < map.bottom);
}

/** Every such name is whole on the map and clear of the legend, buttons and controls. */
async function expectWholeAndClear(page: Page, selector: string, atLeast: number) {
  await expect(async () => {
    const { map, overlays } = await mapAndOverlays(page);
    const names = await namesOnMap(page, selector, map);
    expect(names.length).toBeGreaterThanOrEqual(atLeast);
    for (const name of names) {
      expect(name.left, name.text).toBeGreaterThanOrEqual(map.left - 1);
      expect(name.right, name.text).toBeLessThanOrEqual(map.right + 1);
      expect(name.top, name.text).toBeGreaterThanOrEqual(map.top - 1);
      expect(name.bottom, name.text).toBeLessThanOrEqual(map.bottom + 1);
      const under = overlays.filter((o) => overlap(name, o)).map((o) => o.text);
      expect(under, `${name.text} is under`).toEqual([]);
    }
  }).toPass();
}

for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 375, height: 740 }]] as const) {
  test.describe(`names on the map (${device})`, () => {
    test.use({ viewport });

    for (const path of ['/', '/?trip=kim-2019', '/?trip=kim-2023']) {
      test(`place, country and sea names are whole and clear of the legend and controls (${path})`, async ({ page }) => {
        await openMap(page, path);
        // Names near an edge move to their pin's other side, or are left out where there is no room.
        await expectWholeAndClear(page, '.place-label', 3);
        await expectWholeAndClear(page, '.basemap-label span', 1);
      });
    }
  });
}

test.describe('names on the map', () => {
  test('the first view leaves room beside the legend for the easternmost names', async ({ page }) => {
    await openMap(page, '/');
    // Khabarovsk is the easternmost pin: fitted right up to the legend, its name had no room.
    for (const place of ['Moscow', 'Pyongyang', 'Vladivostok', 'Khabarovsk']) {
      await expect(page.locator('.place-label').filter({ hasText: new RegExp(`^${place}$`) })).toBeVisible();
    }
    await expectWholeAndClear(page, '.place-label', 4);
  });

  test('country and sea names are centred on their points', async ({ page }) => {
    await openMap(page, '/');
    await expect(page.locator('.basemap-label').nth(2)).toBeAttached();
    // Leaflet puts each name's icon (no size of its own) at the name's point.
    const offsets = await page.locator('.basemap-label').evaluateAll((icons) => icons.map((icon) => {
      const point = icon.getBoundingClientRect();
      const name = icon.firstElementChild!.getBoundingClientRect();
      return { text: icon.textContent, dx: name.left + name.width / 2 - point.left, dy: name.top + name.height / 2 - point.top };
    }));
    expect(offsets.length).toBeGreaterThanOrEqual(3);
    for (const { text, dx, dy } of offsets) {
      expect(Math.abs(dx), text!).toBeLessThanOrEqual(1);
      expect(Math.abs(dy), text!).toBeLessThanOrEqual(1);
    }
  });

  test('place names are in the page\'s type, and no name covers another name or a pin', async ({ page }) => {
    for (const path of ['/?trip=kim-2019', '/?trip=kim-2023']) {
      await openMap(page, path);
      const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      await expect(page.locator('.place-label').first()).toHaveCSS('font-family', bodyFont);
      const boxes = await page.locator('.place-label, .place-pin .pin').evaluateAll((all) => all.map((e) => {
        const { left, top, right, bottom } = e.getBoundingClientRect();
        // A name and its own pin belong together.
        return { left, top, right, bottom, text: e.classList.contains('pin') ? `pin of ${e.parentElement!.getAttribute('title')}` : e.textContent!, marker: e.closest('.place-pin') };
      }).map(({ marker, ...box }, _, list) => ({ ...box, owner: list.findIndex((b) => b.marker === marker) })));
      const names = boxes.filter((b) => !b.text.startsWith('pin of'));
      expect(names.length).toBeGreaterThanOrEqual(5);
      for (const name of names) {
        const covered = boxes.filter((b) => b !== name && b.owner !== name.owner && overlap(name, b)).map((b) => b.text);
        expect(covered, `${name.text} covers`).toEqual([]);
      }
    }
  });
});
