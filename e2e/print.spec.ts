import { expect, test } from './fixtures';

// Printing: the handout per trip, and a clean print of the map page.

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('/print/kim-2023 is a handout: the trip map, then a page per visit with its map, date, summary and sources', async ({ page }, testInfo) => {
  // Sixteen server-drawn images on one page: 9 s on a quiet 2-core machine, 16 s on a busy one.
  test.slow();
  await page.goto('/print/kim-2023');
  await page.emulateMedia({ media: 'print' });
  const visits = page.locator('.handout-visit');
  await expect(visits).toHaveCount(15);
  await expect(visits.nth(3).getByRole('heading', { level: 2 })).toHaveText('Wed 13 Sep 2023 · Vostochny Cosmodrome');
  await expect(visits.nth(3)).toContainText('TASS, 13 Sep 2023');
  // Paper cannot be clicked: each source's address is printed after it.
  const tass = visits.nth(3).getByRole('link', { name: /^TASS, 13 Sep 2023/ });
  expect(await tass.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" https://tass.com/world/1673965"');
  // Every map image has loaded (a failed one would have no natural width).
  const images = page.locator('.handout img');
  await expect(images).toHaveCount(16);
  for (const image of await images.all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
  await testInfo.attach('print-kim-2023', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  // One visit per page, on A4 and on Letter, addresses and all: the cover and 15 pages, none run over.
  for (const format of ['A4', 'Letter']) expect(pageCount(await page.pdf({ format })), format).toBe(16);
});

test('an unknown trip has no handout', async ({ request }) => {
  expect((await request.get('/print/kim-2099')).status()).toBe(404);
});

test('printing the map page gives the drawn map of the chosen trip, the legend and the visit list, without controls', async ({ page }) => {
  await page.goto('/?trip=kim-2023');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await page.getByRole('combobox', { name: 'Trip' }).selectOption('kim-2019');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /^Map: Kim Jong-un's train trip to Vladivostok/ })).toBeVisible();
  await expect(page.locator('.leaflet-container')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next visit' })).toBeHidden();
  await expect(page.locator('.legend')).toBeVisible();
  await expect(page.locator('.visit-list li[data-visit="kim-2019-summit"]')).toBeVisible();
});

test('printing a step names the visit under the drawn map', async ({ page }) => {
  await page.goto('/?trip=kim-2023&visit=kim-2023-vostochny');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  const caption = page.locator('.step-status');
  await expect(caption).toHaveText(/^Wed 13 Sep 2023, Vostochny Cosmodrome: /);
  expect((await caption.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'print' });
  expect((await caption.boundingBox())?.height ?? 0).toBeGreaterThan(10);
  await expect(page.locator('.leaflet-container')).toBeHidden();
});
