// Step latency alone (see bench/run.mjs for the whole benchmark): real content against the
// production build already made, beside the plain-Leaflet reference page stepped the same way.
// Usage: npm run build && npm run bench:steps [-- --steps N]
import { APP_STEPS, launchBrowser, REFERENCE_STEPS, startServer, stepLatency, stepRowForTable } from './lib.mjs';
import { startReferenceServer } from './reference-server.mjs';

const args = process.argv.slice(2);
const steps = args.includes('--steps') ? Number(args[args.indexOf('--steps') + 1]) : 60;
const server = await startServer(3201);
const reference = await startReferenceServer(3202, 'http://127.0.0.1:3201');
const browser = await launchBrowser();
try {
  const rows = await stepLatency(browser, [
    { name: 'app', origin: 'http://127.0.0.1:3201', target: APP_STEPS },
    { name: 'reference', origin: 'http://127.0.0.1:3202', target: REFERENCE_STEPS },
  ], ['?trip=kim-2023', ''], steps);
  console.table(rows.map(stepRowForTable));
} finally {
  await browser.close();
  reference.stop();
  server.stop();
}
