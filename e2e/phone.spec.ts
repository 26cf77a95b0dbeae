import { expect, openMap, openPopup, test } from './fixtures';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test.describe('on a phone', () => {
  test('the map fills the screen, the legend starts folded and a popup fits', async ({ page }) => {
    await openMap(page);
    const map = await page.locator('.leaflet-container').boundingBox();
    expect(map!.width).toBe(375);
    expect(map!.height).toBeGreaterThan(600);
    await expect(page.locator('#legend')).not.toHaveAttribute('open');
    await page.getByRole('link', { name: 'Show on map: Vostochny Cosmodrome, Wed 13 Sep 2023' }).tap();
    const popup = await openPopup(page);
    const box = (await popup.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });
});
