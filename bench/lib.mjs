// Shared by the benchmarks: servers, the browser, percentiles and step timing.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 50);

/** Starts `next start` for a project folder (the app itself, or a copy with synthetic content). */
export async function startServer(port, { cwd = process.cwd(), env = {} } = {}) {
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd, env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/trips.geojson`)).ok) return { stop: () => process.kill(-server.pid) };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid);
  throw new Error(`server on port ${port} did not start`);
}

/** Presses ArrowRight on the timeline and times until the next visit's popup, announcement and list row are in the page. */
export async function timeSteps(page, url, steps) {
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]');
  // Marks are grouped by trip in the DOM; data-step gives their place in the sequence.
  const sequence = await page.$$eval('.timeline-mark', (marks) => {
    const ordered = [];
    for (const m of marks) ordered[Number(m.dataset.step)] = m.dataset.visit;
    return ordered;
  });
  await page.focus('.timeline-axis');
  const samples = [];
  for (let i = 0; i < steps; i += 1) {
    const at = await page.$$eval('.timeline-mark[aria-current="step"]', (marks) => (marks.length ? Number(marks[0].dataset.step) : -1));
    if (at >= sequence.length - 1) {
      await page.keyboard.press('Home');
      await page.waitForSelector(`.popup-body[data-popup="visit:${sequence[0]}"]`);
      continue;
    }
    const expected = sequence[at + 1];
    samples.push(await page.evaluate((visit) => new Promise((resolve) => {
      const done = () => {
        const popup = document.querySelector(`.popup-body[data-popup="visit:${visit}"]`);
        const status = document.querySelector('.step-status')?.textContent ?? '';
        const row = document.getElementById(`visit-${visit}`);
        // The list twin is only on / (not /embed).
        const listInStep = !document.querySelector('.visit-list') || row?.getAttribute('aria-current') === 'step';
        return popup && status && listInStep && document.title.length > 0;
      };
      const start = performance.now();
      const timeout = setTimeout(() => { observer.disconnect(); resolve(null); }, 10_000);
      const observer = new MutationObserver(() => {
        if (done()) { observer.disconnect(); clearTimeout(timeout); resolve(performance.now() - start); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    }), expected));
    if (samples.at(-1) === null) throw new Error(`step to ${expected} did not finish within 10 s (${url})`);
  }
  return samples;
}

/** Step latency over `steps` steps of each view, on a server already running at `origin`. */
export async function stepLatency(browser, origin, views, steps) {
  const rows = [];
  for (const view of views) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });
    const samples = await timeSteps(await context.newPage(), `${origin}/${view}`, steps);
    await context.close();
    rows.push({ view: view || '(all trips)', steps: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) });
  }
  return rows;
}
