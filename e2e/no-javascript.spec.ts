import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the visit list still gives every visit and source, and marks the step', async ({ page, request }) => {
  await page.goto('/?trip=kim-2023&visit=kim-2023-vostochny');
  const geojson = await (await request.get('/trips.geojson')).json();
  const visits = geojson.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'visit');
  await expect(page.locator('.visit-list li[data-visit]')).toHaveCount(visits.length);
  await expect(page.locator('.visit-list li[data-visit="kim-2023-vostochny"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('.visit-list li[data-visit="kim-2023-vostochny"]')).toContainText('TASS, 13 Sep 2023');
  await expect(page).toHaveTitle(/^Vostochny Cosmodrome, Wed 13 Sep 2023/);
  await page.getByRole('link', { name: 'Show on map: Khasan station, Tue 12 Sep 2023' }).click();
  await expect(page).toHaveURL(/\?visit=kim-2023-khasan#map$/);
  await expect(page.locator('.visit-list li[data-visit="kim-2023-khasan"]')).toHaveAttribute('aria-current', 'step');
});

test('without JavaScript the map is still there: the server-drawn picture of the view', async ({ page }) => {
  await page.goto('/?trip=kim-2023');
  const preview = page.getByRole('img', { name: /^Map: Kim Jong-un's train trip to the Vostochny Cosmodrome/ });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await preview.getAttribute('src')).toBe('/data/preview/kim-2023-light-wide.svg');
});
