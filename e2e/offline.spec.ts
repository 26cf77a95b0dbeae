import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

/** How many pixels of the basemap canvas are land (the outline fill colour). */
function landPixels(page: Page): Promise<number> {
  return page.locator('.leaflet-basemap-pane canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let land = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 243 && data[i + 1] === 239 && data[i + 2] === 228) land += 1;
    return land;
  });
}

test.describe('a basemap that needs nothing', () => {
  test('with every outside request aborted, the basemap, routes and places all render', async ({ page, blockedRequests }) => {
    const failed: string[] = [];
    page.on('requestfailed', (r) => {
      if (!blockedRequests.includes(r.url())) failed.push(r.url());
    });
    await openMap(page);
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-basemap', 'world');
    expect(await landPixels(page)).toBeGreaterThan(100_000);
    await expect(page.locator('.basemap-label span', { hasText: 'RUSSIA' })).toBeVisible();
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(30);
    expect(await page.locator('.place-pin').count()).toBeGreaterThan(5);
    await expect(page.locator('.leaflet-tile')).toHaveCount(0);
    expect(failed).toEqual([]);
  });

  test('zooming in draws the finer basemap levels, loaded from the app itself', async ({ page, baseURL }) => {
    const levels: string[] = [];
    page.on('response', (r) => {
      const level = r.url().match(/\/data\/basemap-(\w+)\.json$/)?.[1];
      if (r.url().startsWith(`${baseURL}/`) && level && r.ok()) levels.push(level);
    });
    await openMap(page);
    await page.getByRole('link', { name: 'Show on map: Far Eastern Federal University, Russky Island, Thu 25 Apr 2019' }).click();
    // The finer levels may already have come in idle time after the first view.
    await expect.poll(() => [...levels].sort()).toEqual(['detail', 'region', 'world']);
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-basemap', 'world region detail');
    // Russky Island exists at 1:10m: land in the view around FEFU.
    await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
  });

  test("beyond the trips' region, the finer levels' box, the world's land is still drawn", async ({ page }) => {
    await openMap(page, '/?trip=choe-2014&visit=choe-2014-putin');
    // The step frames the Kremlin closely: zoom out to where 600 km fits in the view.
    for (let zoom = Number(await page.locator('.leaflet-container').getAttribute('data-zoom')); zoom > 6; zoom -= 1) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect(page.locator('.leaflet-container')).toHaveAttribute('data-zoom', String(zoom - 1));
    }
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-basemap', /^world region/);
    // 600 km due west of the Kremlin (28° E, in Belarus) lies past the region's western edge (29.4° E).
    const scale = page.locator('.leaflet-control-scale-line');
    const [km, px] = [parseFloat((await scale.textContent())!), (await scale.boundingBox())!.width];
    const pin = (await page.getByRole('button', { name: /^Moscow/ }).boundingBox())!;
    const colour = await page.locator('.leaflet-basemap-pane canvas').evaluate((canvas: HTMLCanvasElement, [x, y]) => {
      const box = canvas.getBoundingClientRect();
      const at = [Math.round((x - box.left) * (canvas.width / box.width)), Math.round((y - box.top) * (canvas.height / box.height))];
      return [...canvas.getContext('2d')!.getImageData(at[0], at[1], 1, 1).data.slice(0, 3)];
    }, [pin.x + pin.width / 2 - 600 * (px / km), pin.y + pin.height / 2]);
    expect(colour, 'the basemap colour 600 km west of Moscow').toEqual([243, 239, 228]);
  });
});
