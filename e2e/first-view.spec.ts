import { expect, test } from './fixtures';

// The map's pages run on a bundle of their own (Preact in place of React, no Next runtime): one
// script each, and the server-drawn preview before it. The bench measures the bytes; this keeps
// the shape from coming undone.
for (const [name, path] of [['/', '/?trip=kim-2019'], ['/embed', '/embed?trip=kim-2019']]) {
  test(`${name} loads one script of its own, and shows the map drawn on the server first`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.route('**/page-bundles/*.js', async (route) => {
      // Until the script comes, the picture drawn on the server is the map.
      await expect(page.locator('.map-preview img')).toBeVisible();
      await route.continue();
    });
    await page.goto(path);
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    const entry = name === '/' ? 'home' : 'embed';
    expect(scripts).toEqual([expect.stringMatching(new RegExp(`^/page-bundles/${entry}-[A-Z0-9]+\\.js$`))]);
  });
}
