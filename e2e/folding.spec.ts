import { expect, openMap, test } from './fixtures';

test.describe('nearby sites fold and separate', () => {
  test('Khasan and Tumangang share a marker at low zoom and separate when zoomed in', async ({ page }) => {
    await openMap(page);
    await expect(page.getByRole('button', { name: /^Tumangang station: / })).toHaveCount(0);
    await page.getByRole('link', { name: 'Show on map: Tumangang station, Mon 18 Sep 2023' }).click();
    await expect(page.getByRole('button', { name: /^Tumangang station: 3 visits$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Khasan station( and \d+ sites? at the same position)?: \d+ visits$/ })).toBeVisible();
  });

  test('a folded marker zooms in to separate its sites', async ({ page }) => {
    await openMap(page);
    const folded = page.getByRole('button', { name: /^Moscow and 3 nearby sites: 5 visits, zoom in$/ });
    await folded.click();
    await expect(page.getByRole('button', { name: 'Sheremetyevo airport: 1 visit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Russian Foreign Ministry: 2 visits' })).toBeVisible();
    // The city point stands at the Kremlin, so those two stay together at every zoom and say so.
    await expect(page.getByRole('button', { name: 'Moscow and 1 site at the same position: 2 visits' })).toBeVisible();
  });
});
