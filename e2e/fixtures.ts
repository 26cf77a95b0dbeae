import { test as base, expect, type Page } from '@playwright/test';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test runs with requests off this machine aborted, as on a closed
 * network (the app and the tests' own host pages are on loopback), and fails on
 * any uncaught page error.
 */
export const test = base.extend<{ blockedRequests: string[] }>({
  blockedRequests: [
    async ({ page }, use) => {
      const blocked: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || LOOPBACK.has(new URL(url).hostname)) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(blocked);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Holds the map's data back until the returned function is called: the page as it is while the data loads. */
export async function holdMapData(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/data/map-data.*.json', async (route) => { await held; await route.continue(); });
  return release;
}

/** Opens a page and waits for the map's ready signal (Leaflet mounted, basemap drawn). */
export async function openMap(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
}

/** How many of the map's marker icons are placed with translate3d: each would be a compositing layer of its own (components/map/marker-position.ts). */
export function iconsInThreeD(page: Page): Promise<number> {
  return page.locator('.leaflet-marker-icon').evaluateAll((icons) => icons.filter((icon) => icon.style.transform.includes('3d')).length);
}

/**
 * For each drawn leg that `selector` finds, the place pin nearest its end: the px from the end to
 * the pin's centre, whether that pin is a folded marker, and whether the end lies 24 px or more
 * inside the map (a leg that leaves the view is cut at its edge, off its place).
 */
export function legEndPins(page: Page, selector: string): Promise<{ gap: number; folded: boolean; inside: boolean }[]> {
  return page.evaluate((legs) => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const pins = [...document.querySelectorAll<HTMLElement>('.place-pin')].map((pin) => ({ box: pin.getBoundingClientRect(), folded: pin.classList.contains('folded') }));
    return [...document.querySelectorAll<SVGPathElement>(legs)].flatMap((leg) => {
      if (leg.getTotalLength() === 0) return []; // out of view: nothing drawn
      const end = leg.getPointAtLength(leg.getTotalLength()).matrixTransform(leg.getScreenCTM()!);
      const inside = end.x >= map.left + 24 && end.y >= map.top + 24 && end.x <= map.right - 24 && end.y <= map.bottom - 24;
      const gaps = pins.map(({ box, folded }) => ({ gap: Math.hypot(box.x + box.width / 2 - end.x, box.y + box.height / 2 - end.y), folded, inside }));
      return [gaps.reduce((a, b) => (b.gap < a.gap ? b : a))];
    });
  }, selector);
}

/** The open popup, once its fade-in has finished (a closed one may still be fading out, empty, for 200 ms). */
export async function openPopup(page: Page) {
  const popup = page.locator('.leaflet-popup').filter({ has: page.locator('.popup-body') });
  await expect(popup).toBeVisible();
  await expect(popup).toHaveCSS('opacity', '1');
  return popup;
}
