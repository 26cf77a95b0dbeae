import { expect, openMap, test } from './fixtures';

// Without tiles the map goes no closer than the bundled basemap can draw (zoom 9), where places
// fold only if their pins would overlap; a folded marker's click lists their visits.
test.describe('nearby sites fold and separate', () => {
  test('Khasan and Tumangang share a marker at low zoom and separate at the closest zoom the basemap draws', async ({ page }) => {
    await openMap(page);
    await expect(page.getByRole('button', { name: /^Tumangang station: / })).toHaveCount(0);
    await page.getByRole('link', { name: 'Show on map: Tumangang station, Mon 18 Sep 2023' }).click();
    await expect(page.locator('.popup-body[data-popup="visit:kim-2023-tumangang"]')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Tumangang station: \d+ visits?$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Khasan station( and \d+ sites? at the same position)?: \d+ visits$/ })).toBeVisible();
  });

  test("in one trip's view, a folded marker's list puts that trip's sites and visits first, the popup still at its pin", async ({ page }) => {
    const tipAtPin = async () => {
      const pin = (await page.getByRole('button', { name: /^Vladivostok and \d+ nearby sites: \d+ visits$/ }).boundingBox())!;
      const tip = (await page.locator('.leaflet-popup-tip-container').boundingBox())!;
      expect(Math.abs(tip.x + tip.width / 2 - (pin.x + pin.width / 2)), 'tip and pin, across').toBeLessThanOrEqual(1.5);
    };
    // All trips: listed in the places' order, anchored at the marker's lead.
    await openMap(page, '/');
    await page.getByRole('button', { name: /^Vladivostok and \d+ nearby sites: \d+ visits$/ }).click();
    await expect(page.locator('.leaflet-popup').getByRole('article').first()).toBeVisible();
    await tipAtPin();
    await openMap(page, '/?trip=kim-2023');
    await page.getByRole('button', { name: /^Vladivostok and \d+ nearby sites: \d+ visits$/ }).click();
    await expect(page.locator('.leaflet-popup').getByRole('article')).toHaveCount(13);
    await tipAtPin();
    // Per site, in the order listed: whether each of its visits is of 2023.
    const listed = await page.locator('.leaflet-popup .popup-place').evaluateAll((all) => all.map((site) =>
      [...site.querySelectorAll('article')].map((a) => a.getAttribute('aria-label')!.endsWith('2023'))));
    // Sites without a visit (a city beside its stations) come last.
    const sites = listed.filter((site) => site.length > 0);
    expect(listed.slice(sites.length).every((site) => site.length === 0), JSON.stringify(listed)).toBe(true);
    const sorted = (flags: boolean[]) => flags.every((flag, i) => i === 0 || flag <= flags[i - 1]);
    for (const site of sites) expect(sorted(site), JSON.stringify(sites)).toBe(true);
    expect(sorted(sites.map((site) => site[0])), JSON.stringify(sites)).toBe(true);
    expect(sites[0][0]).toBe(true);
    expect(sites.at(-1)!.at(-1), 'visits of other trips, after').toBe(false);
  });

  test("a folded marker's click lists its sites' visits; zooming in separates those that the basemap's scale can", async ({ page }) => {
    await openMap(page);
    const folded = page.getByRole('button', { name: /^Moscow and 3 nearby sites: 5 visits$/ });
    const zoom = await page.locator('.leaflet-container').getAttribute('data-zoom');
    await folded.click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('article')).toHaveCount(5);
    await expect(popup).toContainText('Sheremetyevo');
    // The click shows the visits where they are; it does not dive to street scale.
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-zoom', zoom!);
    await popup.getByRole('button', { name: /close/i }).click();
    // Zooming in around Moscow (the wheel zooms about the pointer), to the basemap's closest zoom.
    const box = (await folded.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => {
      await page.mouse.wheel(0, -240);
      return page.locator('.leaflet-container').getAttribute('data-zoom');
    }, { timeout: 20_000 }).toBe('9');
    await expect(page.getByRole('button', { name: 'Sheremetyevo airport: 1 visit' })).toBeVisible();
    // The Foreign Ministry, 1.5 km from the Kremlin, still shares Moscow's marker there.
    const moscow = page.getByRole('button', { name: /^Moscow and \d+ (nearby )?sites?/ });
    await moscow.click();
    await expect(popup).toContainText('Russian Foreign Ministry');
  });
});
