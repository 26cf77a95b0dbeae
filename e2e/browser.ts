import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Where Chromium comes from: CHROMIUM_PATH if set, else Playwright's own browser
// where one is installed, else Debian's /usr/bin/chromium.

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightBrowserExists(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (playwrightBrowserExists()) return undefined; // let Playwright use its own
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    'No Chromium found: run `npm run test:setup` (installs Debian\'s chromium), install Playwright\'s browser, or set CHROMIUM_PATH.',
  );
}

/** Flags for a closed network and root in CI: no sandbox, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
