// Step latency alone (see bench/run.mjs for the whole benchmark): real content against the
// production build already made, on the port given. Usage: npm run build && npm run bench:steps
import { launchBrowser, startServer, stepLatency, stepRowForTable } from './lib.mjs';

const server = await startServer(3201);
const browser = await launchBrowser();
try {
  const rows = await stepLatency(browser, 'http://127.0.0.1:3201', ['?trip=kim-2023', ''], 60);
  console.table(rows.map(stepRowForTable));
} finally {
  await browser.close();
  server.stop();
}
