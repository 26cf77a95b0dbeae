// `npm run bench [-- --check] [-- --loads N] [-- --quick]`: the first view of /embed and / side by side
// with a hand-written Leaflet page (bench/reference/), bytes and requests, step latency, static
// image render time, the same at 10× and 100× content, and Lighthouse scores. Runs against the
// production build (`npm run build` first) with the system Chromium. Not part of CI: it reports
// numbers, and with --check exits 1 when a budget is missed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, median, startServer, stepLatency, stepRowForTable } from './lib.mjs';
import { startReferenceServer } from './reference-server.mjs';
import { lighthouseScores } from './lighthouse.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const check = args.includes('--check');
const quick = args.includes('--quick'); // real content only, no Lighthouse: for a first look
// Nine, not the least the issue allows (5): one load of ~80 ms ranges over 50–160 ms here, and a
// ratio of two medians of 5 (100× ÷ real, on /) went from 0.76 to 1.49 between two runs whose
// changes in between did not touch the first view.
const LOADS = option('--loads', 9);
const STEPS = option('--steps', 60);

const BUDGET = {
  embedRouteRatio: 1.0, // /embed first route visible ÷ reference
  embedJsKB: 110,
  embedTotalKB: 250,
  stepP95Ms: 50,
  largeRouteRatio: 1.5, // 100× content ÷ real content, first route visible
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 },
};

// Resolves when a route is first on screen: the server-drawn preview image once decoded, or a route
// path drawn by Leaflet. An animation frame finds it (`frame`: that frame's start, ms since
// navigation), and adds a one-pixel text marker with `elementtiming`, painted in the same frame;
// the marker's Element Timing entry gives the time that frame was presented (`onScreen`), which is
// when a reader sees the route. A trace's screenshots showed each page's route in the frame at
// that time, 47–116 ms after the frame's start (18 filmed loads): raster and compositing run
// after it, on other threads, in software here (--disable-gpu).
const FIRST_ROUTE_PROBE = `
window.__firstRoute = new Promise((resolve, reject) => {
  if (!PerformanceObserver.supportedEntryTypes.includes('element')) reject(new Error('this browser has no Element Timing'));
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
      && getComputedStyle(el).visibility !== 'hidden';
  };
  const found = () => {
    const img = document.querySelector('.map-preview img');
    if (img && img.complete && img.naturalWidth > 0 && shown(img)) return 'preview';
    return [...document.querySelectorAll('path.route, .leaflet-overlay-pane path')].some(shown) ? 'leaflet' : null;
  };
  const tick = (frame) => {
    const how = found();
    if (!how) { requestAnimationFrame(tick); return; }
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((e) => e.identifier === 'bench-first-route');
      if (entry) { observer.disconnect(); resolve({ frame, onScreen: entry.renderTime, how }); }
    }).observe({ type: 'element', buffered: true });
    const marker = document.createElement('span');
    marker.setAttribute('elementtiming', 'bench-first-route');
    marker.textContent = '.';
    marker.style.cssText = 'position:fixed;left:0;top:0;font:1px/1px sans-serif;pointer-events:none;z-index:2147483647';
    document.body.append(marker);
  };
  requestAnimationFrame(tick);
});`;

/** Records when the page is ready (the map drawn), in the page's own clock. */
const readyProbe = (selector) => `
new MutationObserver((_, observer) => {
  if (document.querySelector(${JSON.stringify(selector)})) { window.__readyAt = performance.now(); observer.disconnect(); }
}).observe(document, { subtree: true, childList: true, attributes: true });`;

/**
 * One cold load: time to first route, and what was transferred (Resource Timing's transferSize:
 * compressed, with headers) for requests started by the time the map was ready, and in all.
 */
async function loadOnce(browser, url, readySelector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.addInitScript(FIRST_ROUTE_PROBE);
  await page.addInitScript(readyProbe(readySelector));
  await page.goto(url);
  const first = await page.evaluate(() => window.__firstRoute);
  await page.waitForSelector(readySelector, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const { firstView, all } = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const sum = (list) => ({
      requests: list.length,
      jsKB: list.filter((e) => e.initiatorType === 'script').reduce((s, e) => s + e.transferSize, 0) / 1024,
      totalKB: list.reduce((s, e) => s + e.transferSize, 0) / 1024,
    });
    return { firstView: sum(entries.filter((e) => e.startTime <= window.__readyAt)), all: sum(entries) };
  });
  await context.close();
  return { firstRouteMs: first.onScreen, frameMs: first.frame, how: first.how, firstView, all };
}

/** The row of the first-view table for one page's timed loads. */
function firstViewRow(content, page, loads) {
  const pick = (f) => loads.map(f);
  const times = pick((l) => l.firstRouteMs);
  return {
    content,
    page,
    firstRouteMs: median(times),
    firstRouteRange: [Math.min(...times), Math.max(...times)],
    frameMs: median(pick((l) => l.frameMs)),
    drawnBy: loads[0].how,
    requests: median(pick((l) => l.firstView.requests)),
    jsKB: median(pick((l) => l.firstView.jsKB)),
    firstViewKB: median(pick((l) => l.firstView.totalKB)),
    untilIdleKB: median(pick((l) => l.all.totalKB)),
  };
}

/**
 * `count` timed loads of each page, after one untimed load: the reference server holds its files in
 * memory from the start, and a server's first request of a page (loading its code, and at 100×
 * parsing the content) is not what a reader of a running site waits for. Each timed load still
 * has a cold browser.
 */
async function timedLoads(browser, pages, count, into = new Map()) {
  for (const { name, url, ready } of pages) {
    await loadOnce(browser, url, ready);
    if (!into.has(name)) into.set(name, []);
    for (let i = 0; i < count; i += 1) into.get(name).push(await loadOnce(browser, url, ready));
  }
  return into;
}

async function firstViews(browser, label, pages) {
  const loads = await timedLoads(browser, pages, LOADS);
  return [...loads].map(([page, pageLoads]) => firstViewRow(label, page, pageLoads));
}

const ROUNDS = 3;

/**
 * First views of synthetic content, and of the real content again alongside them: the budget is
 * their ratio, and measured minutes apart, with a build in between, drift alone moved it from 0.76
 * to 1.55 over runs that did not change the first view. So the two are loaded in alternating
 * rounds, from two servers running side by side, with public/data/ swapped for each one's copy.
 */
async function firstViewsAlongsideReal(browser, label, sets) {
  const loads = sets.map(() => new Map());
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, { origin, data }] of sets.entries()) {
      useData(data);
      await timedLoads(browser, appPages(origin), Math.ceil(LOADS / ROUNDS), loads[i]);
    }
  }
  const [real, synthetic] = loads;
  return [...synthetic].map(([page, pageLoads]) => ({ ...firstViewRow(label, page, pageLoads), realAlongside: firstViewRow('real', page, real.get(page)) }));
}

async function staticImageTimes(origin) {
  const rows = [];
  for (const path of ['/static/kim-2023.svg', '/static/kim-2023.png', '/static/all.svg', '/static/all.png']) {
    const url = `${origin}${path}?width=1200&height=800`;
    for (let i = 0; i < 3; i += 1) await (await fetch(url)).arrayBuffer(); // warm
    const times = [];
    for (let i = 0; i < 10; i += 1) {
      const start = performance.now();
      await (await fetch(url)).arrayBuffer();
      times.push(performance.now() - start);
    }
    rows.push({ image: `${path} 1200×800`, medianMs: median(times), maxMs: Math.max(...times) });
  }
  return rows;
}

function appPages(origin) {
  return [
    { name: '/embed', url: `${origin}/embed`, ready: '[data-map-ready="true"]' },
    { name: '/embed?trip=kim-2023', url: `${origin}/embed?trip=kim-2023`, ready: '[data-map-ready="true"]' },
    { name: '/', url: `${origin}/`, ready: '[data-map-ready="true"]' },
  ];
}

/** Builds synthetic content `factor` times larger into a temporary folder and its own build folder. */
function buildSynthetic(factor) {
  const root = mkdtempSync(join(tmpdir(), `trips-synthetic-${factor}-`));
  spawnSync('node', ['bench/make-synthetic-content.mjs', String(factor), root], { stdio: 'inherit' });
  const env = { TRIPS_CONTENT_ROOT: root, NEXT_DIST_DIR: `.next-bench-${factor}` };
  writeSyntheticData(env);
  // next build adds the extra build folder's types to tsconfig.json; put it back.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const build = spawnSync('npx', ['next', 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync('tsconfig.json', tsconfig);
  if (build.status !== 0) throw new Error(`the ${factor}× build failed`);
  return { root, env, data: keepData(join(root, 'public-data')) };
}

/** public/data/ holds the basemap and previews of one content set at a time: the one being served. */
function writeSyntheticData(env) {
  const run = spawnSync('npx', ['tsx', 'scripts/write-static-data.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('writing public/data failed');
}

/** Copies public/data/ to `folder`, to be put back by useData without writing it again. */
function keepData(folder) {
  cpSync('public/data', folder, { recursive: true });
  return folder;
}

function useData(folder) {
  rmSync('public/data', { recursive: true, force: true });
  cpSync(folder, 'public/data', { recursive: true });
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first');
  writeSyntheticData({}); // the real content's, whatever an interrupted run left
  const browser = await launchBrowser();
  const results = { date: new Date().toISOString(), loads: LOADS, budget: BUDGET, firstViews: [], steps: [], staticImages: [], lighthouse: [] };
  let realData = null;
  try {
    const app = await startServer(3301);
    const reference = await startReferenceServer(3302, 'http://127.0.0.1:3301');
    try {
      results.firstViews.push(...(await firstViews(browser, 'real', [
        { name: 'reference (plain Leaflet)', url: reference.url, ready: 'body[data-ready="true"]' },
        ...appPages('http://127.0.0.1:3301'),
      ])));
      results.steps.push(...(await stepLatency(browser, 'http://127.0.0.1:3301', ['?trip=kim-2023', ''], STEPS)).map((r) => ({ content: 'real', ...r })));
      results.staticImages = await staticImageTimes('http://127.0.0.1:3301');
      if (!quick) {
        for (const path of ['/', '/embed']) results.lighthouse.push({ page: path, ...(await lighthouseScores(`http://127.0.0.1:3301${path}`)) });
      }
    } finally {
      reference.stop();
      app.stop();
    }
    if (!quick) realData = keepData(mkdtempSync(join(tmpdir(), 'trips-real-data-')));
    for (const factor of quick ? [] : [10, 100]) {
      const { root, env, data } = buildSynthetic(factor);
      const real = await startServer(3304);
      const server = await startServer(3303, { env });
      try {
        results.firstViews.push(...(await firstViewsAlongsideReal(browser, `${factor}×`, [
          { origin: 'http://127.0.0.1:3304', data: realData },
          { origin: 'http://127.0.0.1:3303', data },
        ])));
        useData(data);
        results.steps.push(...(await stepLatency(browser, 'http://127.0.0.1:3303', ['?trip=kim-2023', ''], STEPS)).map((r) => ({ content: `${factor}×`, ...r })));
      } finally {
        server.stop();
        real.stop();
        rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    if (realData) rmSync(realData, { recursive: true, force: true });
    if (!quick) writeSyntheticData({}); // back to the real content's data
  }
  report(results);
}

function report(results) {
  const kb = (v) => v.toFixed(1);
  const reference = results.firstViews.find((r) => r.page.startsWith('reference'));
  const real = (page) => results.firstViews.find((r) => r.content === 'real' && r.page === page);
  console.log(`\nFirst view, cold load, median of ${results.loads} (range): first route on screen (the frame that shows it presented;`);
  console.log('frame: when that frame started); bytes as transferred (compressed, with headers)');
  console.table(results.firstViews.map((r) => ({
    content: r.content,
    page: r.page,
    'first route (ms)': `${r.firstRouteMs.toFixed(0)} (${r.firstRouteRange.map((v) => v.toFixed(0)).join('–')})`,
    '× reference': (r.firstRouteMs / reference.firstRouteMs).toFixed(2),
    'real alongside (ms)': r.realAlongside ? `${r.realAlongside.firstRouteMs.toFixed(0)} (${r.realAlongside.firstRouteRange.map((v) => v.toFixed(0)).join('–')})` : '',
    '× real': r.realAlongside ? (r.firstRouteMs / r.realAlongside.firstRouteMs).toFixed(2) : '',
    'frame (ms)': r.frameMs.toFixed(0),
    'drawn by': r.drawnBy,
    requests: r.requests,
    'JS (KB)': kb(r.jsKB),
    'first view (KB)': kb(r.firstViewKB),
    'until idle (KB)': kb(r.untilIdleKB),
  })));
  console.log('Step latency (ms): key press to the painted frame with the popup open and status updated (domP95: to the DOM only;');
  console.log('presentedP95: to the frame on screen, as the browser reports it, in steps of 8 ms), fly animation excluded');
  console.table(results.steps.map(stepRowForTable));
  console.log('Static images, warm, per image (ms)');
  console.table(results.staticImages.map((r) => ({ ...r, medianMs: r.medianMs.toFixed(1), maxMs: r.maxMs.toFixed(1) })));
  if (results.lighthouse.length) {
    console.log('Lighthouse (default mobile configuration)');
    console.table(results.lighthouse);
  }

  const embed = real('/embed');
  const checks = [
    ['/embed first route ≤ 1.0× reference', embed.firstRouteMs / reference.firstRouteMs, BUDGET.embedRouteRatio],
    ['/embed JavaScript (KB)', embed.jsKB, BUDGET.embedJsKB],
    ['/embed first view total (KB)', embed.firstViewKB, BUDGET.embedTotalKB],
    ...results.steps.map((r) => [`step p95 ${r.content} ${r.view} (ms)`, r.p95, BUDGET.stepP95Ms]),
    ...results.firstViews.filter((r) => r.content === '100×').map((r) => [`100× ${r.page} first route ÷ real`, r.firstRouteMs / r.realAlongside.firstRouteMs, BUDGET.largeRouteRatio]),
    ...results.lighthouse.flatMap((l) => Object.entries(BUDGET.lighthouse).map(([category, min]) => [`Lighthouse ${l.page} ${category} ≥ ${min}`, -l[category], -min])),
  ].map(([name, value, limit]) => ({ budget: name, value: Math.abs(value).toFixed(2), pass: value <= limit }));
  console.log('Budgets');
  console.table(checks);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/bench.json', JSON.stringify({ ...results, checks }, null, 2));
  console.log('results written to bench/results/bench.json');
  if (check && checks.some((c) => !c.pass)) process.exitCode = 1;
}

await main();
