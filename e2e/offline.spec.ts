import { expect, openMap, test } from './fixtures';

test.describe('a basemap that needs nothing', () => {
  test('with every outside request aborted, the basemap, routes and places all render', async ({ page, blockedRequests }) => {
    const failed: string[] = [];
    page.on('requestfailed', (r) => {
      if (!blockedRequests.includes(r.url())) failed.push(r.url());
    });
    await openMap(page);
    expect(await page.locator('.leaflet-pane.leaflet-basemap-pane path').count()).toBeGreaterThan(50);
    await expect(page.locator('.basemap-label', { hasText: 'RUSSIA' })).toBeVisible();
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(30);
    expect(await page.locator('.place-pin').count()).toBeGreaterThan(5);
    await expect(page.locator('.leaflet-tile')).toHaveCount(0);
    expect(failed).toEqual([]);
  });

  test('zooming in loads the finer basemap levels from the app itself', async ({ page }) => {
    await openMap(page);
    const detail = page.waitForResponse((r) => r.url().endsWith('/basemap/detail') && r.ok());
    await page.getByRole('link', { name: 'Show on map: Far Eastern Federal University, Russky Island, Thu 25 Apr 2019' }).click();
    await detail;
    // The 1:10m detail level is drawn over a sea mask in the basemap's sea colour.
    await expect(page.locator('.leaflet-basemap-pane path[fill="#c9dce6"]').first()).toBeAttached();
    expect(await page.locator('.leaflet-basemap-pane path[fill="#c9dce6"]').count()).toBeGreaterThan(0);
  });
});
