import { expect, openMap, test } from './fixtures';

test.describe('nearby sites fold and separate', () => {
  test('Khasan and Tumangang share a marker at low zoom and separate when zoomed in', async ({ page }) => {
    await openMap(page);
    await expect(page.getByRole('button', { name: /^Tumangang station: / })).toHaveCount(0);
    await page.getByRole('link', { name: 'Show on map: Tumangang station, Mon 18 Sep 2023' }).click();
    await expect(page.getByRole('button', { name: /^Tumangang station: 3 visits$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Khasan station( and \d+ sites? at the same position)?: \d+ visits$/ })).toBeVisible();
  });

  test("a folded marker's click lists its sites' visits; zooming in separates them", async ({ page }) => {
    await openMap(page);
    const folded = page.getByRole('button', { name: /^Moscow and 3 nearby sites: 5 visits$/ });
    const zoom = await page.evaluate(() => document.querySelector('.leaflet-scale-line')?.textContent);
    await folded.click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('article')).toHaveCount(5);
    await expect(popup).toContainText('Sheremetyevo');
    // The click shows the visits where they are; it does not dive to street scale.
    expect(await page.evaluate(() => document.querySelector('.leaflet-scale-line')?.textContent)).toBe(zoom);
    await popup.getByRole('button', { name: /close/i }).click();
    // Zooming in around Moscow (the wheel zooms about the pointer) separates the sites.
    const box = (await folded.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const ministry = page.getByRole('button', { name: 'Russian Foreign Ministry: 2 visits' });
    await expect.poll(async () => {
      await page.mouse.wheel(0, -240);
      return ministry.count();
    }, { timeout: 20_000 }).toBe(1);
    await expect(page.getByRole('button', { name: 'Sheremetyevo airport: 1 visit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Russian Foreign Ministry: 2 visits' })).toBeVisible();
    // The city point stands at the Kremlin, so those two stay together at every zoom and say so.
    await expect(page.getByRole('button', { name: 'Moscow and 1 site at the same position: 2 visits' })).toBeVisible();
  });
});
