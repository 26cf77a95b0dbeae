// `npm run bench [-- --check] [-- --loads N] [-- --steps N] [-- --quick]`: the first view of /embed
// and / side by side with a hand-written Leaflet page (bench/reference/), bytes and requests, step
// latency beside the same page's stepping, static image render time, the same at 10× and 100×
// content, and Lighthouse scores beside the reference page's. Runs against the production build
// (`npm run build` first) with the system Chromium. Not part of CI: it reports numbers, with the
// machine it ran on and its load, and with --check exits 1 when a budget is missed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { APP_STEPS, AT_APP_ZOOMS, FIRST_ROUTE_PROBE, launchBrowser, median, REFERENCE_STEPS, referenceAtAppZooms, startServer, stepLatency, stepRowForTable } from './lib.mjs';
import { startReferenceServer } from './reference-server.mjs';
import { startEdgeServer } from './edge-server.mjs';
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

const LIGHTHOUSE_RUNS = option('--lighthouse-runs', 3); // of each page; fewer only to try the bench out

// Time budgets are ratios to a page measured in the same run, by the same browser, at about the
// same moment: absolute times moved 1.5–2× between two quiet 2-core machines, and 3–4× on a busy one.
const BUDGET = {
  embedRouteRatio: 0.7, // /embed first route visible ÷ reference
  embedJsKB: 80,
  embedTotalKB: 250,
  stepRatio: 1.0, // app step p95 ÷ reference step p95, each view, at each content size
  largeRouteRatio: 1.2, // 100× content ÷ real content, first route visible
  lighthouseTbtRatio: 1.0, // app TBT ÷ reference TBT, medians of LIGHTHOUSE_RUNS
  lighthousePerformanceBelowReference: 3, // app performance ≥ reference's − this, medians
  lighthouse: { accessibility: 100, 'best-practices': 95, seo: 95 }, // absolute, app pages
};

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
 * has a cold browser. The pages take turns, one load each, starting one page later every round,
 * so that a ratio of two pages' medians compares loads made at about the same moment.
 */
async function timedLoads(browser, pages, count, into = new Map()) {
  for (const { name, url, ready } of pages) {
    await loadOnce(browser, url, ready);
    if (!into.has(name)) into.set(name, []);
  }
  for (let i = 0; i < count; i += 1) {
    for (let j = 0; j < pages.length; j += 1) {
      const { name, url, ready } = pages[(i + j) % pages.length];
      into.get(name).push(await loadOnce(browser, url, ready));
    }
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

/**
 * One Lighthouse run, tried once more if Lighthouse could not measure the page (it once scored a
 * run of / 0 with no timings, which a median would have taken in): two failures stop the bench.
 */
async function lighthouseRun(url) {
  try {
    return await lighthouseScores(url);
  } catch (error) {
    console.warn(`${error.message}; running it again`);
    return lighthouseScores(url);
  }
}

/**
 * Lighthouse on the reference page and the app's pages, taking turns (one run of each page a round,
 * starting one page later every round), LIGHTHOUSE_RUNS rounds: medians, and ranges of the
 * performance score and TBT.
 */
async function lighthouseSideBySide(pages) {
  const runs = new Map(pages.map(({ name }) => [name, []]));
  for (let round = 0; round < LIGHTHOUSE_RUNS; round += 1) {
    for (let j = 0; j < pages.length; j += 1) {
      const { name, url } = pages[(round + j) % pages.length];
      runs.get(name).push(await lighthouseRun(url));
    }
  }
  return [...runs].map(([page, list]) => {
    const mid = (key) => median(list.map((r) => r[key]));
    const range = (key) => [Math.min(...list.map((r) => r[key])), Math.max(...list.map((r) => r[key]))];
    return {
      page,
      runs: list.length,
      performance: mid('performance'),
      performanceRange: range('performance'),
      accessibility: mid('accessibility'),
      'best-practices': mid('best-practices'),
      seo: mid('seo'),
      fcpMs: mid('fcpMs'),
      lcpMs: mid('lcpMs'),
      tbtMs: mid('tbtMs'),
      tbtRange: range('tbtMs'),
      tbtRuns: list.map((r) => r.tbtMs),
      performanceRuns: list.map((r) => r.performance),
      failing: [...new Set(list.flatMap((r) => r.failing.split(' ').filter(Boolean)))].join(' '),
    };
  });
}

const loadAverage = () => loadavg().map((v) => Number(v.toFixed(2)));

/** Stepping sites: the app at `appOrigin`, the reference page at `referenceOrigin`. */
const stepSites = (appOrigin, referenceOrigin) => [
  { name: 'app', origin: appOrigin, target: APP_STEPS },
  { name: 'reference', origin: referenceOrigin, target: REFERENCE_STEPS },
];
const STEP_VIEWS = ['?trip=kim-2023', ''];
const EDGE_ORIGIN = 'http://127.0.0.1:3306';
/** /embed loaded from `next start` itself, not through the edge: reported beside, not a budget. */
const DIRECT_EMBED = '/embed, straight from next start';

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
  const make = spawnSync('node', ['bench/make-synthetic-content.mjs', String(factor), root], { stdio: 'inherit' });
  if (make.status !== 0) throw new Error(`making the ${factor}× content failed`);
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

/**
 * Starts `next start` on `port` with `data` (a copy kept by keepData) in public/data/. A production
 * server serves only the public files there when it started (Next lists public/ once), and reads
 * the map data's hashed name from public/data/files.json once, at its first page
 * (app/_http/data-path.ts); so each server starts, and serves its pages once, with its own
 * content's data in place. Swapped out and back later, the same files are there again.
 */
async function startServerWithData(port, data, options) {
  useData(data);
  const server = await startServer(port, options);
  try {
    await expectOwnMapData(`http://127.0.0.1:${port}`);
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

/** Fails unless the app's pages at `origin` name the map data in public/data/files.json, and it serves that file. */
async function expectOwnMapData(origin) {
  const expected = JSON.parse(readFileSync('public/data/files.json', 'utf8'))['/data/map-data.json'];
  for (const { url } of appPages(origin)) {
    const html = await (await fetch(url)).text();
    const named = html.match(/\/data\/map-data\.[0-9a-f]{16}\.json/)?.[0];
    if (named !== expected) throw new Error(`${url} names the map data ${named}, not ${expected} (public/data/files.json): a server started before its data was written?`);
  }
  const response = await fetch(`${origin}${expected}`);
  if (!response.ok) throw new Error(`${origin}${expected}: HTTP ${response.status}: a server started before its data was written?`);
  await response.arrayBuffer();
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first');
  const loadBefore = loadAverage();
  writeSyntheticData({}); // the real content's, whatever an interrupted run left
  const browser = await launchBrowser();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)), platform: process.platform, node: process.version, browser: browser.version(), loadBefore },
    loads: LOADS,
    pressesPerView: STEPS,
    budget: BUDGET,
    load: [],
    firstViews: [],
    steps: [],
    staticImages: [],
    lighthouse: [],
  };
  // The load average (1, 5 and 15 minutes) at the end of each part.
  const loadAfter = (part) => results.load.push({ after: part, load: loadAverage() });
  let realData = null;
  try {
    const app = await startServer(3301); // after writeSyntheticData({}): it serves the real content's data
    await expectOwnMapData('http://127.0.0.1:3301').catch((error) => { app.stop(); throw error; });
    // Browsers load the app through a CDN's edge, as readers do; the reference is a static host.
    const edge = await startEdgeServer(3306, 'http://127.0.0.1:3301');
    const reference = await startReferenceServer(3302, 'http://127.0.0.1:3301');
    try {
      results.firstViews.push(...(await firstViews(browser, 'real', [
        { name: 'reference (plain Leaflet)', url: reference.url, ready: 'body[data-ready="true"]' },
        ...appPages(EDGE_ORIGIN),
        { name: DIRECT_EMBED, url: 'http://127.0.0.1:3301/embed', ready: '[data-map-ready="true"]' },
      ])));
      loadAfter('first views, real');
      // With a diagnosis beside the budget's reference: the reference stepped at the app's zooms.
      const atAppZooms = await referenceAtAppZooms(browser, EDGE_ORIGIN, 'http://127.0.0.1:3302', STEP_VIEWS);
      results.steps.push(...(await stepLatency(browser, [...stepSites(EDGE_ORIGIN, 'http://127.0.0.1:3302'), atAppZooms], STEP_VIEWS, STEPS)).map((r) => ({ content: 'real', ...r })));
      loadAfter('steps, real');
      results.staticImages = await staticImageTimes('http://127.0.0.1:3301');
      if (!quick) {
        results.lighthouse = await lighthouseSideBySide([
          { name: 'reference', url: reference.url },
          { name: '/', url: `${EDGE_ORIGIN}/` },
          { name: '/embed', url: `${EDGE_ORIGIN}/embed` },
        ]);
        loadAfter('Lighthouse');
      }
    } finally {
      reference.stop();
      edge.stop();
      app.stop();
    }
    if (!quick) realData = keepData(mkdtempSync(join(tmpdir(), 'trips-real-data-')));
    for (const factor of quick ? [] : [10, 100]) {
      const { root, env, data } = buildSynthetic(factor);
      loadAfter(`${factor}× build`);
      let real = null;
      let server = null;
      let syntheticReference = null;
      const edges = [];
      try {
        real = await startServerWithData(3304, realData);
        server = await startServerWithData(3303, data, { env });
        edges.push(await startEdgeServer(3307, 'http://127.0.0.1:3304'), await startEdgeServer(3308, 'http://127.0.0.1:3303'));
        results.firstViews.push(...(await firstViewsAlongsideReal(browser, `${factor}×`, [
          { origin: 'http://127.0.0.1:3307', data: realData },
          { origin: 'http://127.0.0.1:3308', data },
        ])));
        loadAfter(`first views, ${factor}×`);
        useData(data);
        // The reference page steps through the same synthetic trips: its server takes them from the synthetic build.
        syntheticReference = await startReferenceServer(3305, 'http://127.0.0.1:3303', { contentRoot: root });
        results.steps.push(...(await stepLatency(browser, stepSites('http://127.0.0.1:3308', 'http://127.0.0.1:3305'), STEP_VIEWS, STEPS)).map((r) => ({ content: `${factor}×`, ...r })));
        loadAfter(`steps, ${factor}×`);
      } finally {
        for (const e of edges) e.stop();
        syntheticReference?.stop();
        server?.stop();
        real?.stop();
        rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    if (realData) rmSync(realData, { recursive: true, force: true });
    if (!quick) writeSyntheticData({}); // back to the real content's data
  }
  results.machine.loadAfter = loadAverage();
  report(results);
}

const fixed = (digits) => (v) => (Number.isFinite(v) ? v.toFixed(digits) : String(v));
const ms = fixed(0);
const ms1 = fixed(1);
const ratio = fixed(2);
const range = ([a, b], f = ms) => `${f(a)}–${f(b)}`;

function report(results) {
  const kb = fixed(1);
  const { machine } = results;
  const reference = results.firstViews.find((r) => r.page.startsWith('reference'));
  const real = (page) => results.firstViews.find((r) => r.content === 'real' && r.page === page);
  console.log(`\nMachine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB, ${machine.platform}, Node ${machine.node}, Chromium ${machine.browser}`);
  console.log(`Load average (1, 5, 15 min): before ${machine.loadBefore.join(', ')}; after ${machine.loadAfter.join(', ')}`);
  console.table(results.load.map((l) => ({ after: l.after, 'load (1, 5, 15 min)': l.load.join(', ') })));

  console.log(`First view, cold load, median of ${results.loads} (range), pages taking turns: first route on screen (the frame that shows it`);
  console.log('presented; frame: when that frame started); bytes as transferred (compressed, with headers); the app through a');
  console.log(`CDN's edge that keeps what its Cache-Control allows (bench/edge-server.mjs), bar "${DIRECT_EMBED}"`);
  console.table(results.firstViews.map((r) => ({
    content: r.content,
    page: r.page,
    'first route (ms)': `${ms(r.firstRouteMs)} (${range(r.firstRouteRange)})`,
    'reference (ms)': r.content === 'real' ? ms(reference.firstRouteMs) : '',
    '× reference': r.content === 'real' ? ratio(r.firstRouteMs / reference.firstRouteMs) : '',
    'real alongside (ms)': r.realAlongside ? `${ms(r.realAlongside.firstRouteMs)} (${range(r.realAlongside.firstRouteRange)})` : '',
    '× real': r.realAlongside ? ratio(r.firstRouteMs / r.realAlongside.firstRouteMs) : '',
    'frame (ms)': ms(r.frameMs),
    'drawn by': r.drawnBy,
    requests: r.requests,
    'JS (KB)': kb(r.jsKB),
    'first view (KB)': kb(r.firstViewKB),
    'until idle (KB)': kb(r.untilIdleKB),
  })));

  const stepReference = (r, page = 'reference') => results.steps.find((s) => s.page === page && s.content === r.content && s.view === r.view);
  const atAppZooms = (r) => r.page === 'app' && stepReference(r, AT_APP_ZOOMS);
  console.log(`Step latency (ms), ${results.pressesPerView} presses a view, app and reference taking turns: key press to the painted frame with the`);
  console.log('popup open and status updated (domP95: to the DOM only; presentedP95: to the frame on screen, as the browser reports it,');
  console.log('in steps of 8 ms), reduced motion (a jump, no flight)');
  console.table(results.steps.map((r) => ({
    content: r.content,
    ...stepRowForTable(r),
    'reference p95': r.page === 'app' ? ms1(stepReference(r).p95) : '',
    '× reference': r.page === 'app' ? ratio(r.p95 / stepReference(r).p95) : '',
    '× reference at the app\'s zooms (not a budget)': atAppZooms(r) ? ratio(r.p95 / atAppZooms(r).p95) : '',
  })));
  console.log('Static images, warm, per image (ms)');
  console.table(results.staticImages.map((r) => ({ ...r, medianMs: ms1(r.medianMs), maxMs: ms1(r.maxMs) })));
  const lighthouseReference = results.lighthouse.find((l) => l.page === 'reference');
  if (results.lighthouse.length) {
    console.log(`Lighthouse (default mobile configuration, simulated throttling), median of ${LIGHTHOUSE_RUNS} runs (range), pages taking turns`);
    console.table(results.lighthouse.map((l) => ({
      page: l.page,
      performance: `${l.performance} (${range(l.performanceRange, String)})`,
      '− reference': l.page === 'reference' ? '' : l.performance - lighthouseReference.performance,
      'TBT (ms)': `${ms(l.tbtMs)} (${range(l.tbtRange)})`,
      '× reference TBT': l.page === 'reference' ? '' : ratio(l.tbtMs / lighthouseReference.tbtMs),
      'FCP (ms)': ms(l.fcpMs),
      'LCP (ms)': ms(l.lcpMs),
      accessibility: l.accessibility,
      'best-practices': l['best-practices'],
      seo: l.seo,
      failing: l.failing,
    })));
  }

  // Each budget with the app's figure, the reference's beside it (for ratios), the value checked and its limit.
  const embed = real('/embed');
  const atMost = (budget, app, ref, value, limit) => ({ budget, app, reference: ref, value, limit, pass: value <= limit });
  const atLeast = (budget, app, ref, value, limit) => ({ budget, app, reference: ref, value, limit, pass: value >= limit });
  const checks = [
    atMost(`/embed first route ÷ reference ≤ ${BUDGET.embedRouteRatio}`, ms(embed.firstRouteMs), ms(reference.firstRouteMs), embed.firstRouteMs / reference.firstRouteMs, BUDGET.embedRouteRatio),
    atMost(`/embed JavaScript (KB) ≤ ${BUDGET.embedJsKB}`, kb(embed.jsKB), '', embed.jsKB, BUDGET.embedJsKB),
    atMost(`/embed first view (KB) ≤ ${BUDGET.embedTotalKB}`, kb(embed.firstViewKB), '', embed.firstViewKB, BUDGET.embedTotalKB),
    ...results.steps.filter((r) => r.page === 'app').map((r) => atMost(`step p95 ${r.content} ${r.view} ÷ reference ≤ ${BUDGET.stepRatio}`, ms1(r.p95), ms1(stepReference(r).p95), r.p95 / stepReference(r).p95, BUDGET.stepRatio)),
    ...results.firstViews.filter((r) => r.content === '100×').map((r) => atMost(`100× ${r.page} first route ÷ real alongside ≤ ${BUDGET.largeRouteRatio}`, ms(r.firstRouteMs), `real ${ms(r.realAlongside.firstRouteMs)}`, r.firstRouteMs / r.realAlongside.firstRouteMs, BUDGET.largeRouteRatio)),
    ...results.lighthouse.filter((l) => l.page !== 'reference').flatMap((l) => [
      // As app ≤ 1.0 × reference, so that a reference TBT of 0 ms is a budget of 0 ms, not a division by zero.
      { ...atMost(`Lighthouse ${l.page} TBT ≤ ${BUDGET.lighthouseTbtRatio}× reference (ms)`, ms(l.tbtMs), ms(lighthouseReference.tbtMs), l.tbtMs, BUDGET.lighthouseTbtRatio * lighthouseReference.tbtMs), ratio: l.tbtMs / lighthouseReference.tbtMs },
      atLeast(`Lighthouse ${l.page} performance ≥ reference − ${BUDGET.lighthousePerformanceBelowReference}`, l.performance, lighthouseReference.performance, l.performance, lighthouseReference.performance - BUDGET.lighthousePerformanceBelowReference),
      ...Object.entries(BUDGET.lighthouse).map(([category, min]) => atLeast(`Lighthouse ${l.page} ${category} ≥ ${min}`, l[category], '', l[category], min)),
    ]),
  ];
  console.log('Budgets (app: the app\'s figure; reference: the yardstick\'s, measured in this run; value: what is checked against limit)');
  console.table(checks.map(({ ratio: _, ...c }) => ({ ...c, value: ratio(c.value), limit: ratio(c.limit) })));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/bench.json', JSON.stringify({ ...results, checks }, null, 2));
  console.log('results written to bench/results/bench.json');
  if (check && checks.some((c) => !c.pass)) process.exitCode = 1;
}

await main();
