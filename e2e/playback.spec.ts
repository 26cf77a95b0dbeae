import { expect, openMap, test } from './fixtures';

test.describe('playback', () => {
  test('plays through the visits with a marker travelling each leg, and stops on interaction', async ({ page }) => {
    await openMap(page, '/?trip=putin-2024');
    // Every visit the timeline marks current, in order: a stop lasts under a second at 4×, less
    // than a poll of the URL may take on a busy machine.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seenVisits: seen });
      new MutationObserver(() => {
        const current = document.querySelector('.timeline-mark[aria-current="step"]')?.getAttribute('data-visit');
        if (current && seen.at(-1) !== current) seen.push(current);
      }).observe(document.querySelector('.timeline-track')!, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    });
    const seenVisits = () => page.evaluate(() => (window as unknown as { seenVisits: string[] }).seenVisits);
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(/visit=putin-2024-arrival/);
    await expect(page.locator('.playback-marker')).toBeVisible();
    await expect.poll(seenVisits).toEqual(expect.arrayContaining(['putin-2024-arrival', 'putin-2024-treaty']));
    expect((await seenVisits()).slice(0, 2)).toEqual(['putin-2024-arrival', 'putin-2024-treaty']);
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
