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

/** Opens a page and waits for the map's ready signal (Leaflet mounted, basemap drawn). */
export async function openMap(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
}

/** The open popup, once its fade-in has finished (a closed one may still be fading out, empty, for 200 ms). */
export async function openPopup(page: Page) {
  const popup = page.locator('.leaflet-popup').filter({ has: page.locator('.popup-body') });
  await expect(popup).toBeVisible();
  await expect(popup).toHaveCSS('opacity', '1');
  return popup;
}
