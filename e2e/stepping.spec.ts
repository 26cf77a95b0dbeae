import type { Page } from '@playwright/test';
import { expect, iconsInThreeD, legEndPins, openMap, openPopup, test } from './fixtures';

const KIM_2023 = [
  'kim-2023-departure', 'kim-2023-khasan', 'kim-2023-ussuriysk', 'kim-2023-vostochny', 'kim-2023-komsomolsk',
  'kim-2023-knaaz', 'kim-2023-artyom-arrival', 'kim-2023-knevichi', 'kim-2023-frigate', 'kim-2023-ballet',
  'kim-2023-fefu', 'kim-2023-oceanarium', 'kim-2023-send-off', 'kim-2023-tumangang', 'kim-2023-return',
];

test.use({ reducedMotion: 'reduce' });

async function expectStep(page: Page, visit: string) {
  await expect(page).toHaveURL(new RegExp(`[?&]visit=${visit}(&|$)`));
  await expect(page.locator(`.visit-list li[data-visit="${visit}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`.popup-body[data-popup="visit:${visit}"]`)).toBeVisible();
}

test.describe('stepping through the visits', () => {
  test('the Next and Previous buttons walk every visit of kim-2023 in date order', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023');
    const next = page.getByRole('button', { name: 'Next visit' });
    await expect(page.getByRole('button', { name: 'Previous visit' })).toBeDisabled();
    for (const visit of KIM_2023) {
      await next.click();
      await expectStep(page, visit);
    }
    await expect(next).toBeDisabled();
    // The disabled button hands focus to the timeline instead of dropping it.
    await expect(page.locator('.timeline-axis')).toBeFocused();
    await page.getByRole('button', { name: 'Previous visit' }).click();
    await expectStep(page, KIM_2023.at(-2)!);
  });

  test('arrow keys, Home and End step while the timeline has focus', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023');
    await page.locator('.timeline-axis').focus();
    for (const visit of KIM_2023) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, visit);
    }
    await page.keyboard.press('Home');
    await expectStep(page, KIM_2023[0]);
    await page.keyboard.press('End');
    await expectStep(page, KIM_2023.at(-1)!);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, KIM_2023.at(-2)!);
    await expect(page.locator('.timeline-axis')).toBeFocused();
  });

  test('arrow keys step while the map has focus, instead of panning it', async ({ page }) => {
    await openMap(page, '/?trip=kim-2019&visit=kim-2019-khasan');
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 'kim-2019-ussuriysk');
    await expect(page.locator('.leaflet-container')).toBeFocused();
  });

  test('the stepping keys keep working after a click on a step button', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023');
    await page.getByRole('button', { name: 'Next visit' }).click();
    await expectStep(page, KIM_2023[0]);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, KIM_2023[1]);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, KIM_2023[0]);
  });

  test("a click on a visit's pin is a step: the URL, timeline, list and status follow", async ({ page }) => {
    await openMap(page, '/?trip=kim-2019');
    // Ussuriysk's station has a visit in 2019 and one in 2023, folded with the city at this zoom:
    // in the 2019 trip's view, the pin steps to 2019's.
    await page.getByRole('button', { name: /^Ussuriysk( and 1 nearby site)?: 2 visits$/ }).click();
    await expectStep(page, 'kim-2019-ussuriysk');
    await expect(page.locator('.timeline-mark[aria-current="step"]')).toHaveAttribute('data-visit', 'kim-2019-ussuriysk');
    await expect(page.locator('.step-status')).toHaveText(/Ussuriysk/);
    await page.goBack();
    await expect(page).toHaveURL(/\?trip=kim-2019$/);
  });

  test('a pin is a button for the keyboard too: Enter and Space on it step there, Escape closes its popup', async ({ page }) => {
    await openMap(page, '/?trip=kim-2019');
    const ussuriysk = page.getByRole('button', { name: /^Ussuriysk( and 1 nearby site)?: 2 visits$/ });
    await ussuriysk.focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 'kim-2019-ussuriysk');
    await expect(page.locator('.leaflet-popup')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    // Space too, and it does not start playback, as it does elsewhere in the map.
    await openMap(page, '/?trip=kim-2019');
    await ussuriysk.focus();
    await page.keyboard.press(' ');
    await expectStep(page, 'kim-2019-ussuriysk');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    // From inside the popup (a source's link), Escape closes it and the map keeps the focus: it
    // fell to the page's body with the popup.
    await page.locator('.leaflet-popup .sources a').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await expect(page.locator('.leaflet-container')).toBeFocused();
    // And a step from inside the next popup keeps it in the map too.
    await page.keyboard.press('ArrowRight');
    await page.locator('.leaflet-popup .sources a').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.leaflet-container')).toBeFocused();
  });

  test('each step is announced once in a polite status region', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023&visit=kim-2023-khasan');
    await page.getByRole('button', { name: 'Next visit' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Tue 12 Sep 2023, Ussuriysk station: The train was photographed at Ussuriysk.',
    );
    await page.getByRole('button', { name: 'Next visit' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Wed 13 Sep 2023, Vostochny Cosmodrome: The second Putin–Kim summit/);
    await expect(page.getByRole('status')).toHaveCount(1);
  });

  test('the leg that reached the visit stands out and the legs to come fade', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023&visit=kim-2023-vostochny');
    const legs = page.locator('.leaflet-overlay-pane path.leaflet-interactive[stroke="#D55E00"]');
    const opacities = await legs.evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('stroke-opacity'))));
    expect(opacities.filter((o) => o === 1)).toHaveLength(1); // Ussuriysk → Vostochny
    expect(opacities.filter((o) => o === 0.25)).toHaveLength(11); // the legs still to come
    // Each of the trip's 14 legs has an arrow, faded as its leg is.
    const arrows = page.locator('.leaflet-leg-arrows-pane path.leg-arrow[fill="#D55E00"]');
    const arrowOpacities = await arrows.evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('fill-opacity'))));
    expect(arrowOpacities).toHaveLength(14);
    expect(arrowOpacities.filter((o) => o === 1)).toHaveLength(3);
    expect(arrowOpacities.filter((o) => o === 0.25)).toHaveLength(11);
  });

  // Each of these steps either zooms without animation, where the renderers project their paths once,
  // from their zoom-0 positions, and end on whole pixels, or pans at the same zoom however far
  // (components/map/renderers.ts and jump-to.ts build on Leaflet's private methods to do so).
  test('after every step the leg that reached the visit ends on a place pin, drawn on whole pixels', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023');
    await page.locator('.timeline-axis').focus();
    for (const visit of KIM_2023) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, visit);
      // A fraction of a pixel off, the browser resamples the routes and the basemap: they blur.
      const offsets = await page.locator('.leaflet-pane > svg, .leaflet-pane > canvas').evaluateAll((layers) =>
        layers.map((layer) => { const m = new DOMMatrix(getComputedStyle(layer).transform); return [m.e, m.f]; }));
      expect(offsets.length, 'route and basemap renderers').toBeGreaterThanOrEqual(2);
      for (const offset of offsets) expect(offset.every(Number.isInteger), `${visit}: renderer offset ${offset}`).toBe(true);
      expect(await iconsInThreeD(page), `${visit}: marker icons placed with translate3d`).toBe(0);
      if (visit === KIM_2023[0]) continue; // no leg leads to the departure
      const ends = await legEndPins(page, '.leaflet-overlay-pane path[stroke="#D55E00"][stroke-opacity="1"]');
      expect(ends, `${visit}: the leg that reached it`).toHaveLength(1);
      const [{ gap, folded }] = ends;
      // On the place's own pin; or, where the closest zoom the basemap draws still folds the place
      // into a neighbour's marker (a station beside its city), within the 12 px that fold there.
      if (folded) expect(gap, `${visit}: px from the leg's end to the folded marker's centre`).toBeLessThanOrEqual(12);
      else expect(gap, `${visit}: px from the leg's end to the nearest pin`).toBeLessThan(1.5);
    }
  });
});

test.describe('links to every step', () => {
  test('a step URL restores the view, names the visit in the tab title, and Back/Forward walk the steps', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023&visit=kim-2023-vostochny');
    await expectStep(page, 'kim-2023-vostochny');
    await expect(page).toHaveTitle(/^Vostochny Cosmodrome, Wed 13 Sep 2023 · Kim Jong-un/);
    const popup = await openPopup(page);
    await expect(popup).toContainText('about 13:00 Yakutsk time (UTC+9)');

    await page.getByRole('button', { name: 'Next visit' }).click();
    await expectStep(page, 'kim-2023-komsomolsk');
    await page.getByRole('button', { name: 'Next visit' }).click();
    await expectStep(page, 'kim-2023-knaaz');
    await expect(page).toHaveTitle(/^Komsomolsk-on-Amur Aircraft Plant \(KnAAZ\), Fri 15 Sep 2023/);

    await page.goBack();
    await expectStep(page, 'kim-2023-komsomolsk');
    await page.goBack();
    await expectStep(page, 'kim-2023-vostochny');
    await page.goForward();
    await expectStep(page, 'kim-2023-komsomolsk');

    await page.reload();
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    await expectStep(page, 'kim-2023-komsomolsk');
  });

  test('choosing a row in the visit list steps there', async ({ page }) => {
    await openMap(page);
    await page.getByRole('link', { name: 'Show on map: Grand Kremlin Palace, Tue 18 Nov 2014' }).click();
    await expectStep(page, 'choe-2014-putin');
  });

  test('bad parameters open the overview with a plain-text notice', async ({ page }) => {
    for (const [query, notice] of [
      ['?visit=kim-2025-moscow', 'No visit called “kim-2025-moscow” — showing all trips.'],
      ['?trip=nobody', 'No trip called “nobody” — showing all trips.'],
      ['?visit=', 'The visit parameter is empty — showing all trips.'],
      ['?visit=kim-2023-khasan&visit=kim-2023-vostochny', 'The visit parameter is given more than once — showing all trips.'],
      ['?trip=nobody&visit=kim-2019-summit', 'No trip called “nobody” — showing all trips.'],
    ]) {
      const response = await page.goto(`/${query}`);
      expect(response!.status()).toBe(200);
      await expect(page.locator('.view-notice[role="alert"]')).toHaveText(notice);
      await expect(page.locator('.visit-list li[aria-current]')).toHaveCount(0);
      await expect(page.getByRole('combobox', { name: 'Trip' })).toHaveValue('');
    }
  });

  test('a bad visit of a good trip opens that trip, with a notice', async ({ page }) => {
    for (const [query, notice] of [
      ['?trip=kim-2019&visit=kim-2023-khasan', 'The visit “kim-2023-khasan” is not part of the trip “kim-2019” — showing the whole trip.'],
      ['?trip=kim-2019&visit=kim-2019-fefu', 'No visit called “kim-2019-fefu” — showing the whole trip.'],
    ]) {
      const response = await page.goto(`/${query}`);
      expect(response!.status()).toBe(200);
      await expect(page.locator('.view-notice[role="alert"]')).toHaveText(notice);
      await expect(page.getByRole('combobox', { name: 'Trip' })).toHaveValue('kim-2019');
      await expect(page.locator('.visit-list li[aria-current]')).toHaveCount(0);
      await expect(page.locator('.visit-list > ol > li')).toHaveCount(11);
    }
    // Said until the reader moves on.
    await page.getByRole('button', { name: 'Next visit' }).click();
    await expect(page.locator('.visit-list li[aria-current]')).toHaveCount(1);
    await expect(page.locator('.view-notice')).toHaveCount(0);
  });

  test('markup in a parameter is shown as text, never as HTML', async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => { dialog = true; void d.dismiss(); });
    const response = await page.goto('/?visit=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(response!.status()).toBe(200);
    await expect(page.locator('.view-notice[role="alert"]')).toHaveText('No visit called “<img src=x onerror=alert(1)>” — showing all trips.');
    await expect(page.locator('.view-notice img')).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});

test.describe('the map follows the chosen trip', () => {
  /** Whether a place marker whose name starts so is within the map's box. */
  const onMap = (page: Page, name: RegExp) =>
    page.evaluate((source) => {
      const box = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.place-pin')].some((pin) => {
        const r = pin.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        return new RegExp(source).test(pin.getAttribute('title') ?? '') && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      });
    }, name.source);

  test('a trip URL opens the map on that trip, and choosing all trips shows them all', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page, '/embed?trip=kim-2019');
    expect(await onMap(page, /^Khasan/)).toBe(true);
    expect(await onMap(page, /^Moscow/)).toBe(false);
    await page.getByRole('combobox', { name: 'Trip' }).selectOption('');
    await expect.poll(() => onMap(page, /^Moscow/)).toBe(true);
    await page.getByRole('combobox', { name: 'Trip' }).selectOption('kim-2019');
    await expect.poll(() => onMap(page, /^Moscow/)).toBe(false);
  });

  test("the visit list follows the chosen trip, and one link turns it back to every trip's visits", async ({ page }) => {
    await openMap(page, '/?trip=kim-2023');
    const rows = page.locator('.visit-list li[data-visit]');
    await expect(rows).toHaveCount(KIM_2023.length);
    await page.getByRole('combobox', { name: 'Trip' }).selectOption('kim-2019');
    await expect(page.locator('#visits-heading')).toHaveText('Kim Jong-un, 24–27 Apr 2019 (one stop undated): every visit, in date order');
    await expect(rows.first()).toHaveAttribute('data-visit', 'kim-2019-departure');
    expect(await rows.evaluateAll((list) => list.every((r) => r.getAttribute('data-trip') === 'kim-2019'))).toBe(true);
    await page.getByRole('link', { name: /^All trips’ \d+ visits$/ }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('#visits-heading')).toBeFocused();
    const geojson = await (await page.request.get('/trips.geojson')).json();
    await expect(rows).toHaveCount(geojson.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'visit').length);
    await expect(page.getByRole('combobox', { name: 'Trip' })).toHaveValue('');
  });
});
