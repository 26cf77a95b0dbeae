import { expect, openMap, openPopup, test } from './fixtures';

test.describe('visit popups', () => {
  test('clicking a place shows its visit: date, local time and zone, summary and sources', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: /^Vostochny Cosmodrome: 1 visit$/ }).click();
    const popup = await openPopup(page);
    await expect(popup).toContainText('Vostochny Cosmodrome');
    await expect(popup).toContainText('보스토치니 우주기지');
    await expect(popup).toContainText('Wed 13 Sep 2023, about 13:00 Yakutsk time (UTC+9)');
    await expect(popup).toContainText('the same clock as Pyongyang');
    await expect(popup).toContainText('Kim Jong-un ↔ President Vladimir Putin');
    await expect(popup).toContainText('second Putin–Kim summit');
    await expect(popup.getByRole('link', { name: /TASS, 13 Sep 2023/ })).toHaveAttribute('href', 'https://tass.com/world/1673965');
    // The reports of the day; not the JoongAng Daily's forecast of it.
    await expect(popup.locator('.sources li')).toHaveCount(6);
    await expect(popup.getByRole('link', { name: /KBS World, 13 Sep 2023/ })).toBeVisible();
  });

  test('a popup whose text fits does not clip it: the focus ring of its last source shows whole', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023&visit=kim-2023-ussuriysk');
    const popup = await openPopup(page);
    const text = popup.locator('.leaflet-popup-content');
    await expect(text).not.toHaveClass(/leaflet-popup-scrolled/);
    await expect(text).toHaveCSS('overflow-y', 'visible');
  });

  test('an open popup takes the room of the new layout when the window narrows to a phone', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023&visit=kim-2023-ussuriysk');
    const wrapper = (await openPopup(page)).locator('.leaflet-popup-content-wrapper');
    await page.setViewportSize({ width: 375, height: 740 });
    // The legend now lies across the top, not down the right: the popup may be nearly as wide as the map, and no wider.
    const legend = (await page.locator('#legend').boundingBox())!;
    await expect.poll(async () => { const box = (await wrapper.boundingBox())!; return box.x >= 0 && box.x + box.width <= 375 && box.width > 300; }).toBe(true);
    await expect.poll(async () => (await wrapper.boundingBox())!.y).toBeGreaterThanOrEqual(legend.y + legend.height);
  });

  test('gives the Pyongyang time when the local clock differs', async ({ page }) => {
    await openMap(page);
    await page.getByRole('link', { name: 'Show on map: Khasan station, Tue 12 Sep 2023' }).click();
    const popup = await openPopup(page);
    await expect(popup).toContainText('Tue 12 Sep 2023, 06:00 Vladivostok time (UTC+10) · 05:00 Pyongyang time');
    await expect(popup).toContainText('Korea JoongAng Daily, “Kim Jong-un says visit shows');
  });

  test('flips the date for Pyongyang when Moscow is still on the evening before', async ({ page }) => {
    await openMap(page);
    await page.getByRole('link', { name: 'Show on map: Grand Kremlin Palace, Tue 18 Nov 2014' }).click();
    const popup = await openPopup(page);
    await expect(popup).toContainText('about 19:00 Moscow time (UTC+3) · 01:00 on Wed 19 Nov Pyongyang time');
  });

  test('a presumed leg says so in its popup', async ({ page }) => {
    await openMap(page);
    // SVG strokes are hit-tested on the line itself, so dispatch the click to the path.
    await page.locator('.leaflet-overlay-pane path[stroke-dasharray][stroke="#E69F00"]').first().dispatchEvent('click');
    const popup = await openPopup(page);
    await expect(popup).toContainText('By train');
    await expect(popup).toContainText('Presumed: the path, mode or date of this leg was not reported.');
  });
});
