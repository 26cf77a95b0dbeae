// Step latency: key press to popup open and status updated, excluding the fly
// animation (the page runs with prefers-reduced-motion, so steps jump).
// Runs against production builds in headless Chromium, with the real content and
// with synthetic content 100 times larger. Not a test: it reports numbers.
// Usage: npm run build && node bench/step-latency.mjs [--factor 100] [--check]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
// --factor 0 measures the real content only.
const factorAt = args.indexOf('--factor');
const factor = factorAt >= 0 ? Number(args[factorAt + 1]) : 100;
const check = args.includes('--check');
const BUDGET_P95_MS = 50;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function startServer(port, env) {
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/trips.geojson`)).ok) return server;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid);
  throw new Error(`server on port ${port} did not start`);
}

/** Presses ArrowRight on the timeline and times until the next visit's popup and announcement are in the page. */
async function timeSteps(page, url, steps) {
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
        const status = document.querySelector('[role="status"]')?.textContent ?? '';
        const row = document.getElementById(`visit-${visit}`);
        return popup && status && row?.getAttribute('aria-current') === 'step' && document.title.length > 0;
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

async function measure(label, port, env, views, steps) {
  const server = await startServer(port, env);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: FLAGS });
  const rows = [];
  try {
    for (const view of views) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });
      const page = await context.newPage();
      const samples = await timeSteps(page, `http://127.0.0.1:${port}/${view}`, steps);
      await context.close();
      rows.push({ content: label, view: view || '(all trips)', steps: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) });
    }
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
  return rows;
}

const results = [];
results.push(...(await measure('real', 3201, {}, ['?trip=kim-2023', ''], 60)));

// --reuse <dir> measures a synthetic build made earlier from the content in <dir>.
const reuseAt = args.indexOf('--reuse');
if (factor > 0) {
const root = reuseAt >= 0 ? args[reuseAt + 1] : mkdtempSync(join(tmpdir(), 'trips-synthetic-'));
const env = { TRIPS_CONTENT_ROOT: root, NEXT_DIST_DIR: `.next-bench-${factor}` };
if (reuseAt < 0) {
spawnSync('node', ['bench/make-synthetic-content.mjs', String(factor), root], { stdio: 'inherit' });
// next build adds the extra build folder's types to tsconfig.json; put it back.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
const build = spawnSync('npx', ['next', 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
writeFileSync('tsconfig.json', tsconfig);
if (build.status !== 0) throw new Error('synthetic build failed');
}
results.push(...(await measure(`${factor}×`, 3202, env, ['?trip=kim-2023', ''], 60)));
}

console.log('\nstep latency (ms), key press to popup open and status updated, fly animation excluded');
console.table(results.map((r) => ({ ...r, p50: r.p50.toFixed(1), p95: r.p95.toFixed(1), max: r.max.toFixed(1) })));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/step-latency.json', JSON.stringify({ date: new Date().toISOString(), budgetP95Ms: BUDGET_P95_MS, results }, null, 2));
const missed = results.filter((r) => r.p95 > BUDGET_P95_MS);
if (missed.length) console.log(`over budget (p95 > ${BUDGET_P95_MS} ms): ${missed.map((r) => `${r.content} ${r.view}`).join(', ')}`);
if (check && missed.length) process.exit(1);
