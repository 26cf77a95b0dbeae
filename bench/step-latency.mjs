// Step latency alone (see bench/run.mjs for the whole benchmark): real content against the
// production build already made, beside the plain-Leaflet reference page stepped the same way.
// Usage: npm run build && npm run bench:steps [-- --steps N] [-- --app-zooms]
//
// --app-zooms adds a diagnosis, not a budget, taking turns with the other two: the reference page
// stepped at the zoom the app chose for each visit (lib.mjs, referenceAtAppZooms).
import { APP_STEPS, launchBrowser, REFERENCE_STEPS, referenceAtAppZooms, startServer, stepLatency, stepRowForTable } from './lib.mjs';
import { startReferenceServer } from './reference-server.mjs';

const args = process.argv.slice(2);
const steps = args.includes('--steps') ? Number(args[args.indexOf('--steps') + 1]) : 60;
const VIEWS = ['?trip=kim-2023', ''];

const server = await startServer(3201);
const reference = await startReferenceServer(3202, 'http://127.0.0.1:3201');
const browser = await launchBrowser();
try {
  const sites = [
    { name: 'app', origin: 'http://127.0.0.1:3201', target: APP_STEPS },
    { name: 'reference', origin: 'http://127.0.0.1:3202', target: REFERENCE_STEPS },
  ];
  if (args.includes('--app-zooms')) sites.push(await referenceAtAppZooms(browser, 'http://127.0.0.1:3201', 'http://127.0.0.1:3202', VIEWS));
  const rows = await stepLatency(browser, sites, VIEWS, steps);
  console.table(rows.map(stepRowForTable));
} finally {
  await browser.close();
  reference.stop();
  server.stop();
}
