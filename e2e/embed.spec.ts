import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostMessage } from '../components/explorer/host-messages';
import { expect, openMap, openPopup, test } from './fixtures';

/** What the host page below adds to its window. */
type Host = {
  messages: HostMessage[];
  go(visit: string): void;
  junk(): void;
};

/** A page on another origin (a second local port) that frames the map and records its messages. */
function hostPage(frameSrc: string) {
  return `<!doctype html><html><body style="margin:0">
<iframe id="map" title="Trips map" src="${frameSrc}" style="width:640px;height:480px;border:0"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (e) => { if (e.source === document.getElementById('map').contentWindow) window.messages.push(e.data); });
  window.go = (visit) => document.getElementById('map').contentWindow.postMessage({ type: 'trips-map:go', visit }, '*');
  window.junk = () => {
    const w = document.getElementById('map').contentWindow;
    for (const m of ['go', null, 42, { type: 'trips-map:go' }, { type: 'trips-map:go', visit: 'no-such-visit' }, { type: 'other', visit: 'kim-2019-khasan' }]) w.postMessage(m, '*');
  };
</script></body></html>`;
}

let host: Server;
let hostOrigin: string;

test.beforeEach(async ({ baseURL }, testInfo) => {
  const frameSrc = `${baseURL}${testInfo.title.includes('full map') ? '/' : '/embed?trip=kim-2019'}`;
  host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(frameSrc)));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterEach(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test.describe('the embedded map in a page of another origin', () => {
  test('steps inside the frame, tells the host each visit and its height, and follows "go"', async ({ page }) => {
    await page.goto(hostOrigin);
    const frame = page.frameLocator('#map');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as Host).messages.some((m) => m.type === 'trips-map:height' && m.height > 0))).toBe(true);
    const historyBefore = await page.evaluate(() => history.length);

    await frame.getByRole('button', { name: 'Next visit' }).click();
    await expect(frame.locator('.popup-body[data-popup="visit:kim-2019-departure"]')).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as Host).messages.filter((m) => m.type === 'trips-map:visit').at(-1)))
      .toEqual({ type: 'trips-map:visit', trip: 'kim-2019', visit: 'kim-2019-departure' });

    await page.evaluate(() => (window as unknown as Host).go('kim-2019-summit'));
    await expect(frame.locator('.popup-body[data-popup="visit:kim-2019-summit"]')).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as Host).messages.filter((m) => m.type === 'trips-map:visit').at(-1)))
      .toEqual({ type: 'trips-map:visit', trip: 'kim-2019', visit: 'kim-2019-summit' });

    // Malformed messages are ignored, without errors (the fixture fails the test on any page error).
    const visitMessages = () => page.evaluate(() => (window as unknown as Host).messages.filter((m) => m.type === 'trips-map:visit').length);
    const before = await visitMessages();
    await page.evaluate(() => (window as unknown as Host).junk());
    // A valid message after the junk proves the junk was processed (messages are delivered in order).
    await page.evaluate(() => (window as unknown as Host).go('kim-2019-lunch'));
    await expect(frame.locator('.popup-body[data-popup="visit:kim-2019-lunch"]')).toBeVisible();
    expect(await visitMessages()).toBe(before + 1);

    // Stepping in the frame adds no entries to the host page's history.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  test('the full map refuses to be framed by another origin', async ({ page }) => {
    await page.goto(hostOrigin);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:|^about:blank$/);
  });
});

test.describe('/embed options and headers', () => {
  test('/embed may be framed by anyone; every other page only by the site itself', async ({ request }) => {
    const embed = (await request.get('/embed')).headers()['content-security-policy'];
    expect(embed).toContain('frame-ancestors *');
    for (const path of ['/', '/trips.geojson', '/visits.csv']) {
      const policy = (await request.get(path)).headers()['content-security-policy'];
      expect(policy).toContain("frame-ancestors 'self'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
  });

  test('controls, legend and theme follow the parameters; bad values fall back with a notice', async ({ page }) => {
    await page.goto('/embed?trip=kim-2023&visit=kim-2023-khasan&controls=stepper&legend=off&theme=dark&utm_source=ignored');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next visit' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Trip' })).toHaveCount(0);
    await expect(page.locator('.legend')).toHaveCount(0);
    await expect(page.locator('.map-shell')).toHaveClass(/theme-dark/);
    // The popup is in the theme too, not a white card on the dark map.
    const popup = await openPopup(page);
    await expect(popup.locator('.leaflet-popup-content-wrapper')).toHaveCSS('background-color', 'rgb(31, 37, 45)');
    await expect(popup.locator('.place-name-lead')).toHaveCSS('color', 'rgb(230, 233, 238)');
    await expect(page.locator('.view-notice')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', '/?trip=kim-2023&visit=kim-2023-khasan');

    await page.goto('/embed?controls=some&theme=%3Cb%3Ex%3C/b%3E');
    await expect(page.locator('.view-notice')).toHaveText(
      'The controls parameter “some” is not one of full, stepper, none; using full. The theme parameter “<b>x</b>” is not one of light, dark, auto; using auto.',
    );
    await expect(page.getByRole('combobox', { name: 'Trip' })).toBeVisible();
    await page.goto('/embed?controls=none');
    await expect(page.locator('.timeline')).toHaveCount(0);
  });

  test('markup in a parameter cannot break out of the page: shown as text, and the map still starts', async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => { dialog = true; void d.dismiss(); });
    await page.goto('/embed?theme=%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    await expect(page.locator('.view-notice')).toHaveText('The theme parameter “</script><script>alert(1)</script>” is not one of light, dark, auto; using auto.');
    expect(dialog).toBe(false);
  });

  test('fills a small frame of 320×240', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto('/embed?trip=kim-2019&controls=stepper&legend=off');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    expect(map.width).toBe(320);
    expect(map.height).toBeGreaterThan(120);
    await expect(page.getByRole('button', { name: 'Next visit' })).toBeInViewport();
  });

  test('in a frame under 360 px tall the full controls show as the stepper, and the map keeps most of the frame', async ({ page }) => {
    // With the trip chooser and speed on a row of their own, a 400 × 300 frame's map was 162 px, a 320 × 240 one's 102.
    for (const [width, height, least] of [[400, 300, 200], [320, 240, 165]] as const) {
      await page.setViewportSize({ width, height });
      await openMap(page, '/embed?trip=kim-2019');
      await expect(page.getByRole('combobox', { name: 'Trip' })).toBeHidden();
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      expect(map.height, `${width} × ${height}`).toBeGreaterThanOrEqual(least);
      const timeline = (await page.locator('.timeline').boundingBox())!;
      for (const control of [page.getByRole('button', { name: 'Next visit' }), page.locator('.timeline-axis')]) {
        const box = (await control.boundingBox())!;
        expect(box.y, `${width} × ${height}`).toBeGreaterThanOrEqual(timeline.y);
        expect(box.y + box.height, `${width} × ${height}`).toBeLessThanOrEqual(timeline.y + timeline.height);
      }
    }
  });

  test('in a small frame the popup is compact and clear of its pin, its details one tap away, scrolling within the frame as it shrinks', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await openMap(page, '/embed?trip=kim-2019&visit=kim-2019-summit');
    const popup = await openPopup(page);
    const fits = async () => {
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      const box = (await popup.boundingBox())!;
      const pin = (await page.locator('.place-pin[title^="Far Eastern Federal University"]').boundingBox())!;
      const [x, y] = [pin.x + pin.width / 2, pin.y + pin.height / 2];
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
      expect(y).toBeGreaterThan(map.y);
      expect(y).toBeLessThan(map.y + map.height);
      // The pin is not under the popup's card: above it or below it.
      expect(y < box.y || y > box.y + box.height || x < box.x || x > box.x + box.width).toBe(true);
    };
    // Place, date and one line; the sources are one tap away.
    await expect(popup.locator('.popup-compact-head')).toContainText('Far Eastern Federal University');
    await expect(popup.locator('.sources')).toBeHidden();
    await fits();
    await popup.getByText(/^More:/).click();
    await expect(popup.locator('.sources')).toBeVisible();
    // Its text scrolls rather than running out of the frame.
    await expect(popup.locator('.leaflet-popup-content')).toHaveClass(/leaflet-popup-scrolled/);
    await fits();
    const textHeight = async () => (await page.locator('.leaflet-popup-content').boundingBox())!.height;
    const before = await textHeight();
    // 60 px less frame: the text's room follows (less of it, where the popup opens below its pin,
    // which the map keeps in the middle as it shrinks).
    await page.setViewportSize({ width: 640, height: 340 });
    await expect.poll(textHeight).toBeLessThan(before - 20);
    await fits();
  });

  test('in a small frame the compact popup\'s details open and close from the keyboard, which stays on "More"', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await openMap(page, '/embed?trip=kim-2019&visit=kim-2019-summit');
    const popup = await openPopup(page);
    const more = popup.locator('.popup-more > summary');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(popup.locator('.sources')).toBeVisible();
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(popup.locator('.sources')).toBeHidden();
    await expect(more).toBeFocused();
  });

  test('at the builder\'s default size a popup opens clear of the open legend, its close button in reach', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await openMap(page, '/embed?trip=kim-2019&visit=kim-2019-summit');
    const popup = await openPopup(page);
    const legend = (await page.locator('.legend').boundingBox())!;
    const box = (await popup.boundingBox())!;
    // Before: the popup lay centred on the map, its right third and its × under the legend.
    expect(box.x + box.width).toBeLessThanOrEqual(legend.x);
    await popup.getByRole('button', { name: 'Close popup' }).click({ timeout: 5_000 });
    await expect(popup).toHaveCount(0);
  });

  test('a short frame keeps the full controls in one row, and the map the rest', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await openMap(page, '/embed');
    const chooser = (await page.getByRole('combobox', { name: 'Trip' }).boundingBox())!;
    const next = (await page.getByRole('button', { name: 'Next visit' }).boundingBox())!;
    // One row: the chooser's middle lies within the buttons' height (two rows left the map 262 px).
    expect(chooser.y + chooser.height / 2).toBeGreaterThan(next.y);
    expect(chooser.y + chooser.height / 2).toBeLessThan(next.y + next.height);
    expect((await page.locator('.leaflet-container').boundingBox())!.height).toBeGreaterThan(300);
  });

  test('in a small frame the trip is fitted below the folded legend, not under it', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 300 });
    await page.goto('/embed?trip=kim-2023');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    const legend = (await page.locator('.legend').boundingBox())!;
    // The trip's own pins (others' are faded).
    const pins = await page.locator('.place-pin').evaluateAll((all) => all
      .filter((p) => getComputedStyle(p).opacity === '1')
      .map((p) => ({ name: p.getAttribute('title'), top: p.getBoundingClientRect().top })));
    expect(pins.length).toBeGreaterThanOrEqual(4);
    for (const pin of pins) expect(pin.top, pin.name!).toBeGreaterThanOrEqual(legend.y + legend.height);
  });
});
