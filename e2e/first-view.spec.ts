import { expect, holdMapData, test } from './fixtures';

// The map's pages run on an island bundle of their own (Preact, no Next runtime): one script each,
// and the server-drawn preview before it. The bench measures the bytes; this keeps
// the shape from coming undone.
for (const [name, path] of [['/', '/?trip=kim-2019'], ['/embed', '/embed?trip=kim-2019']]) {
  test(`${name} loads one script of its own, and shows the map drawn on the server first`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.route('**/islands/*.js', async (route) => {
      // Until the script comes, the picture drawn on the server is the map.
      await expect(page.locator('.map-preview img')).toBeVisible();
      await route.continue();
    });
    await page.goto(path);
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    const entry = name === '/' ? 'home' : 'embed';
    expect(scripts).toEqual([expect.stringMatching(new RegExp(`^/islands/${entry}-[A-Z0-9]+\\.js$`))]);
  });

  // The picture stays under the ready map for print. A new element in its place, mounted after the
  // page's load, had the browser ask for the picture again (max-age=0: a revalidation, every load).
  test(`${name} keeps the server's picture element when the interactive map takes over`, async ({ page }) => {
    await page.route('**/islands/*.js', async (route) => {
      await page.locator('.map-preview img').evaluate((img) => { img.dataset.fromServer = 'yes'; });
      await route.continue();
    });
    await page.goto(path);
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    await expect(page.locator('.map-preview img')).toHaveAttribute('data-from-server', 'yes');
  });
}

test('the map is marked busy while its data loads, and no longer once it is drawn', async ({ page }) => {
  const release = await holdMapData(page);
  await page.goto('/embed?trip=kim-2019');
  await expect(page.locator('#map')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy');
});

// The list below the map is laid out as it nears the screen until the island marks its rows drawn,
// a few in each idle moment (its rows took most of the first frame's layout, and laid out at once
// they were a long task), and then wholly, so that a full-page screenshot has them.
test('/ leaves the visit list out of the first frame, and draws every row in idle moments after it', async ({ page }) => {
  // A skipped row keeps its box; what it holds is what goes undrawn.
  const rowsDrawn = () => page.locator('.visit-list > ol > li').evaluateAll((rows) =>
    rows.map((row) => row.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
  await page.route('**/islands/*.js', async (route) => {
    // The script is asked for from the head: wait for the parser to reach the end of the list.
    await page.waitForFunction(() => document.readyState !== 'loading');
    const drawn = await rowsDrawn();
    expect(drawn.length).toBe(49);
    expect(drawn.at(-1), 'the last row, before the script').toBe(false);
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await expect.poll(rowsDrawn).toEqual(Array(49).fill(true));
  // A list drawn anew by the island (another trip's) gets its rows drawn too.
  await page.getByRole('combobox', { name: 'Trip' }).selectOption('kim-2019');
  await expect(page.locator('.visit-list > ol > li:not([data-trip="kim-2019"])')).toHaveCount(0);
  const rows = await page.locator('.visit-list > ol > li').count();
  expect(rows).toBeGreaterThan(1);
  await expect.poll(rowsDrawn).toEqual(Array(rows).fill(true));
});
