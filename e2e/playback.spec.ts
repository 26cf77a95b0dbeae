import { expect, openMap, test } from './fixtures';

test.describe('playback', () => {
  test('plays through the visits with a marker travelling each leg, and stops on interaction', async ({ page }) => {
    await openMap(page, '/?trip=putin-2024');
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(/visit=putin-2024-arrival/);
    await expect(page.locator('.playback-marker')).toBeVisible();
    await expect(page).toHaveURL(/visit=putin-2024-treaty/);
    await page.locator('.leaflet-container').click({ position: { x: 200, y: 200 } });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.locator('.playback-marker')).toHaveCount(0);
  });

  test('stops by itself at the last visit', async ({ page }) => {
    await openMap(page, '/?trip=putin-2024&visit=putin-2024-treaty');
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(/visit=putin-2024-departure/);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next visit' })).toBeDisabled();
  });
});
