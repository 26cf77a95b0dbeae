// Step latency alone (see bench/run.mjs for the whole benchmark): real content against the
// production build already made, beside the plain-Leaflet reference page stepped the same way.
// Usage: npm run build && npm run bench:steps [-- --steps N] [-- --app-zooms]
//
// --app-zooms adds a diagnosis, not a budget: the reference page stepped at the zoom the app
// chose for each visit (read off the app in a first pass), instead of its fixed zoom 6, so that
// what the app's zoom changes cost can be told from the rest.
import { APP_STEPS, launchBrowser, REFERENCE_STEPS, startServer, stepLatency, stepRowForTable } from './lib.mjs';
import { startReferenceServer } from './reference-server.mjs';

const args = process.argv.slice(2);
const steps = args.includes('--steps') ? Number(args[args.indexOf('--steps') + 1]) : 60;
const VIEWS = ['?trip=kim-2023', ''];

/** The app's zoom after each step of a view (`data-zoom` on the map), in the order it steps. */
async function appZooms(browser, origin, view) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${origin}/${view}`);
  await page.waitForSelector(APP_STEPS.ready, { timeout: 60_000 });
  const sequence = await page.evaluate(APP_STEPS.sequence);
  await page.focus(APP_STEPS.focus);
  const zooms = [];
  for (const visit of sequence) {
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`.popup-body[data-popup="visit:${visit}"]`);
    zooms.push(await page.evaluate(() => document.querySelector('.leaflet-container').dataset.zoom));
  }
  await context.close();
  return { sequence, zooms };
}

const server = await startServer(3201);
const reference = await startReferenceServer(3202, 'http://127.0.0.1:3201');
const browser = await launchBrowser();
try {
  const rows = await stepLatency(browser, [
    { name: 'app', origin: 'http://127.0.0.1:3201', target: APP_STEPS },
    { name: 'reference', origin: 'http://127.0.0.1:3202', target: REFERENCE_STEPS },
  ], VIEWS, steps);
  if (args.includes('--app-zooms')) {
    for (const view of VIEWS) {
      const { sequence, zooms } = await appZooms(browser, 'http://127.0.0.1:3201', view);
      const url = `${view}${view ? '&' : '?'}zooms=${zooms.join(',')}`;
      // The zooms are the app's, in its order: the reference must step through the same visits in that order.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:3202/${url}`);
      await page.waitForSelector(REFERENCE_STEPS.ready);
      const own = await page.evaluate(REFERENCE_STEPS.sequence);
      await context.close();
      if (own.join() !== sequence.join()) throw new Error(`the reference steps through ${view || 'all trips'} in another order than the app`);
      const [row] = await stepLatency(browser, [{ name: "reference at the app's zooms", origin: 'http://127.0.0.1:3202', target: REFERENCE_STEPS }], [url], steps);
      rows.push({ ...row, view: view || '(all trips)' });
    }
  }
  console.table(rows.map(stepRowForTable));
} finally {
  await browser.close();
  reference.stop();
  server.stop();
}
