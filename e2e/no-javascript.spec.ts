import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the visit list still gives every visit and source, and marks the step', async ({ page, request }) => {
  await page.goto('/?trip=kim-2023&visit=kim-2023-vostochny');
  const geojson = await (await request.get('/trips.geojson')).json();
  type Visit = { properties: { kind: string; trip: string; id: string } };
  const visits = (geojson.features as Visit[]).filter((f) => f.properties.kind === 'visit');
  // The trip's view lists the trip's visits, as its timeline steps through them.
  const rows = page.locator('.visit-list li[data-visit]');
  await expect(rows).toHaveCount(visits.filter((v) => v.properties.trip === 'kim-2023').length);
  await expect(page.locator('.visit-list li[data-visit="kim-2023-vostochny"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('.visit-list li[data-visit="kim-2023-vostochny"]')).toContainText('TASS, 13 Sep 2023');
  await expect(page).toHaveTitle(/^Vostochny Cosmodrome, Wed 13 Sep 2023/);
  await page.getByRole('link', { name: 'Show on map: Khasan station, Tue 12 Sep 2023' }).click();
  await expect(page).toHaveURL(/\?trip=kim-2023&visit=kim-2023-khasan#map$/);
  await expect(page.locator('.visit-list li[data-visit="kim-2023-khasan"]')).toHaveAttribute('aria-current', 'step');
  // One link away: every trip's visits, in the order of the data.
  await page.getByRole('link', { name: `All trips’ ${visits.length} visits` }).click();
  await expect(page).toHaveURL(/\/#visits-heading$/);
  expect(await rows.evaluateAll((list) => list.map((r) => r.getAttribute('data-visit')))).toEqual(visits.map((v) => v.properties.id));
});

test('without JavaScript no row of the list is left undrawn (a full-page capture shows them all)', async ({ page }) => {
  await page.goto('/?trip=kim-2023');
  const rows = page.locator('.visit-list > ol > li');
  const drawn = await rows.evaluateAll((list) => list.map((row) => row.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
  expect(drawn.length).toBeGreaterThan(3);
  expect(drawn).toEqual(drawn.map(() => true));
});

test('without JavaScript the map is still there: the server-drawn picture of the view', async ({ page }) => {
  await page.goto('/?trip=kim-2023');
  const preview = page.getByRole('img', { name: /^Map: Kim Jong-un's train trip to the Vostochny Cosmodrome/ });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await preview.getAttribute('src')).toBe('/data/preview/kim-2023-light-wide.svg');
  // Nothing will load: the map's region is not left marked busy (assistive technology may skip it).
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy');
});
