import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

const PORT = Number(process.env.PORT ?? 3000);
// The standalone output, copied out of the checkout and started with `node server.js`.
const STANDALONE_PORT = PORT + 100;
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    timezoneId: 'UTC',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: desktop },
    // What a deploy runs: the map, the embed, the data and the serving headers, against the copy.
    {
      name: 'standalone',
      testMatch: /\/(map|embed|data|serving)\.spec\.ts$/,
      use: { ...desktop, baseURL: `http://127.0.0.1:${STANDALONE_PORT}` },
    },
  ],
  // Tests run against the production build (`npm run build` first).
  webServer: [
    {
      command: `SITE_URL=http://127.0.0.1:${PORT} npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/trips.geojson`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `bash e2e/standalone-server.sh ${STANDALONE_PORT}`,
      url: `http://127.0.0.1:${STANDALONE_PORT}/trips.geojson`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
