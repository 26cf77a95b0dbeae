import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

// Each step frames its visit so that a reader sees it: the visit's pin and the leg that reached it
// on screen and clear of the popup, the legend and the controls, at a zoom the bundled basemap can
// draw. Checked at every step of the two train trips, on a desktop, a phone and a small embed.

/** The closest zoom without tiles (content/basemap/basemap-levels.ts). */
const BASEMAP_MAX_ZOOM = 9;
/** On-screen length of the reaching leg that must be clear of everything laid over the map (or half of a shorter leg). */
const MIN_CLEAR_LEG_PX = 24;
/** Each step is a click and a look (about 1.5 s on a busy 2-core machine); a trip has up to 15. */
const STEPS_TIMEOUT = 90_000;

test.use({ reducedMotion: 'reduce' });

const frames = [
  { name: 'desktop 1280 × 800', viewport: { width: 1280, height: 800 }, page: '/' },
  { name: 'phone 375 × 740', viewport: { width: 375, height: 740 }, page: '/' },
  // A small embed's compact popups are wide enough for these trips' text to need no scrolling.
  { name: 'embed 640 × 420', viewport: { width: 640, height: 420 }, page: '/embed', textWhole: true },
];

/** What the map shows of the current step: where the popup points, and how much of the current leg is clear. */
function stepView(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const covers = '.leaflet-popup, .legend, .timeline, .leaflet-control, .open-full, .embed-button, .view-notice';
    const clear = (x: number, y: number) => {
      if (x < map.left || x > map.right || y < map.top || y > map.bottom) return false;
      const hit = document.elementFromPoint(x, y);
      return !!hit && !hit.closest(covers) && !!hit.closest('.leaflet-container');
    };
    // The popup's tip points at the pin: down from a popup above it, up from one below it.
    const tip = document.querySelector('.leaflet-popup-tip-container')!.getBoundingClientRect();
    const below = document.querySelector('.leaflet-popup')!.classList.contains('popup-below');
    const pin = { x: tip.left + tip.width / 2, y: below ? tip.top - 3 : tip.bottom + 3 };
    const leg = document.querySelector<SVGPathElement>('.leaflet-overlay-pane path[stroke-opacity="1"]');
    let clearLegPx = 0;
    let legPx = 0;
    if (leg) {
      legPx = leg.getTotalLength();
      const matrix = leg.getScreenCTM()!;
      // At most 400 samples: a long leg, far off screen, need not be walked pixel by pixel.
      const every = Math.max(2, legPx / 400);
      for (let at = 0; at <= legPx; at += every) {
        const point = leg.getPointAtLength(at).matrixTransform(matrix);
        if (clear(point.x, point.y)) clearLegPx += every;
      }
    }
    // How far the popup reaches under the zoom buttons (px, either way; 0 when clear of them).
    const box = document.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
    const buttons = document.querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
    const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    const underButtons = overlap(box.left, box.right, buttons.left, buttons.right) > 0 ? overlap(box.top, box.bottom, buttons.top, buttons.bottom) : 0;
    return { pinClear: clear(pin.x, pin.y), hasLeg: !!leg, legPx, clearLegPx, underButtons, zoom: Number(document.querySelector<HTMLElement>('.leaflet-container')!.dataset.zoom) };
  });
}

for (const frame of frames) {
  test.describe(`step views, ${frame.name}`, () => {
    test.use({ viewport: frame.viewport });
    for (const trip of ['kim-2019', 'kim-2023']) {
      test(`every ${trip} step shows its pin and the leg that reached it, within the basemap's zoom`, async ({ page }) => {
        test.setTimeout(STEPS_TIMEOUT);
        await openMap(page, `${frame.page}?trip=${trip}`);
        const next = page.getByRole('button', { name: 'Next visit' });
        const count = await page.locator('.timeline-mark').count();
        for (let step = 0; step < count; step += 1) {
          await next.click();
          await expect(page.locator('.popup-body')).toBeVisible();
          const visit = await page.locator('.timeline-mark[aria-current="step"]').getAttribute('data-visit');
          const view = await stepView(page);
          expect(view.zoom, `${visit}: zoom`).toBeLessThanOrEqual(BASEMAP_MAX_ZOOM);
          expect(view.pinClear, `${visit}: the pin is on the map and clear`).toBe(true);
          expect(view.underButtons, `${visit}: px of the popup under the zoom buttons`).toBe(0);
          if (frame.textWhole) {
            // Polled: the last step's popup may still be marked scrolling (cssPopup re-marks it once laid out).
            const scrolls = () => page.locator('.leaflet-popup-content').evaluate((text) => text.scrollHeight > text.clientHeight + 1);
            await expect.poll(scrolls, { message: `${visit}: the popup's text scrolls` }).toBe(false);
          }
          if (step > 0) {
            expect(view.hasLeg, `${visit}: the reaching leg is drawn`).toBe(true);
            expect(view.clearLegPx, `${visit}: px of the reaching leg (${Math.round(view.legPx)} px) in view and clear`)
              .toBeGreaterThanOrEqual(Math.min(MIN_CLEAR_LEG_PX, view.legPx / 2));
          }
        }
      });
    }
  });
}
