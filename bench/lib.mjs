// Shared by the benchmarks: servers, the browser, percentiles and step timing.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

/**
 * The tests' flags (e2e/browser.ts), and one more. Headless Chromium (156 here) starts the
 * omnibox popup's web UI in a renderer of its own for every new browser context, that is for
 * every cold load the bench makes. With no omnibox to show, it took about 520 ms of CPU in the
 * first 650 ms, beside the page's own 420–480 ms for its load, on two cores. A reader's browser
 * does not do that for each page it opens.
 */
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];
/** Starts Chromium (CHROMIUM_PATH, else Debian's) so that FLAGS' features add to the launcher's. */
export const CHROMIUM_LAUNCHER = fileURLToPath(new URL('./chromium.sh', import.meta.url));

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_LAUNCHER, args: FLAGS });
}

// Resolves when a route is first on screen: the server-drawn preview image once decoded, or a route
// path drawn by Leaflet. An animation frame finds it (`frame`: that frame's start, ms since
// navigation), and adds a one-pixel text marker with `elementtiming`, painted in the same frame;
// the marker's Element Timing entry gives the time that frame was presented (`onScreen`), which is
// when a reader sees the route. A trace's screenshots showed each page's route in the frame at
// that time, 47–116 ms after the frame's start (18 filmed loads): raster and compositing run
// after it, on other threads, in software here (--disable-gpu).
export const FIRST_ROUTE_PROBE = `
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

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 50);

/** Starts `next start` for a project folder (the app itself, or a copy with synthetic content). */
export async function startServer(port, { cwd = process.cwd(), env = {} } = {}) {
  // A production server needs its public origin (SITE_URL): here, the loopback address it listens on.
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd, env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}`, ...env }, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/trips.geojson`)).ok) return { stop: () => process.kill(-server.pid) };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid);
  throw new Error(`server on port ${port} did not start`);
}

/**
 * In the page: resolves with the times from the key press (the event's own time stamp) to the
 * step being in the DOM (the next visit's popup open, the announcement and the list row marked:
 * `dom`), and to the frame that shows it having been painted (`paint`, what a reader waits for,
 * and what the budget is about); `pressedAt` finds the browser's own report of the press. The press must be a real (trusted) one, so that the browser's
 * input handling and rendering are in the measure, as they are for a reader.
 */
const AWAIT_STEP = (visit) => {
  if (!window.__presented) {
    // The browser's own measure (Event Timing, as in INP): key press to the next frame presented on screen.
    window.__presented = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') window.__presented.set(entry.startTime, entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  }
  window.__step = new Promise((resolve) => {
    let pressedAt = null;
    let dom = null;
    const done = () => {
      const popup = document.querySelector(`.popup-body[data-popup="visit:${visit}"]`);
      const status = document.querySelector('.step-status')?.textContent ?? '';
      const row = document.getElementById(`visit-${visit}`);
      // The list twin is only on / (not /embed).
      const listInStep = !document.querySelector('.visit-list') || row?.getAttribute('aria-current') === 'step';
      return popup && status && listInStep;
    };
    let timedOut = false;
    const timeout = setTimeout(() => { timedOut = true; observer.disconnect(); resolve(null); }, 10_000);
    const observer = new MutationObserver(() => {
      if (pressedAt !== null && done()) { observer.disconnect(); dom = performance.now() - pressedAt; }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    // The first frame that starts with the step in the DOM; a task queued from its animation frame
    // callback runs once that frame is painted. The callback is asked for at the press, before the
    // app handles it, so that it runs ahead of the app's own frame callbacks, and its task ahead of
    // the work the app defers to after the paint (which would otherwise be counted as this step's).
    const onFrame = () => {
      if (timedOut) return;
      if (dom === null) { requestAnimationFrame(onFrame); return; }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { clearTimeout(timeout); resolve({ pressedAt, dom, paint: performance.now() - pressedAt }); };
      channel.port2.postMessage(null);
    };
    const onKey = (event) => {
      if (event.key !== 'ArrowRight') return;
      pressedAt = event.timeStamp;
      requestAnimationFrame(onFrame);
    };
    window.addEventListener('keydown', onKey, { capture: true, once: true });
  });
};

/**
 * How to step a page, for timeSteps: when it is ready to step, what to focus, the order of its
 * visits and where it is (the index in that order, -1 before the first step). Everything else,
 * the press and its timing (AWAIT_STEP), is the same code for every page: a page counts as
 * stepped when `.popup-body[data-popup="visit:<id>"]` is in the DOM and `.step-status` has text.
 */
export const APP_STEPS = {
  ready: '[data-map-ready="true"]',
  focus: '.timeline-axis',
  // Marks are grouped by trip in the DOM; data-step gives their place in the sequence.
  sequence: () => {
    const ordered = [];
    for (const m of document.querySelectorAll('.timeline-mark')) ordered[Number(m.dataset.step)] = m.dataset.visit;
    return ordered;
  },
  at: () => {
    const mark = document.querySelector('.timeline-mark[aria-current="step"]');
    return mark ? Number(mark.dataset.step) : -1;
  },
};

/** The plain-Leaflet reference page (bench/reference/index.html): ArrowRight on the map. */
export const REFERENCE_STEPS = {
  ready: 'body[data-steps-ready="true"]',
  focus: '#map',
  sequence: () => window.referenceSteps.sequence(),
  at: () => window.referenceSteps.at(),
};

/** Presses ArrowRight, `steps` times, on the page `target` describes, and times each step (see AWAIT_STEP). */
export async function timeSteps(page, url, steps, target = APP_STEPS) {
  await page.goto(url);
  await page.waitForSelector(target.ready, { timeout: 60_000 });
  const sequence = await page.evaluate(target.sequence);
  await page.focus(target.focus);
  const samples = [];
  for (let i = 0; i < steps; i += 1) {
    const at = await page.evaluate(target.at);
    if (at >= sequence.length - 1) {
      await page.keyboard.press('Home');
      await page.waitForSelector(`.popup-body[data-popup="visit:${sequence[0]}"]`);
      continue;
    }
    const expected = sequence[at + 1];
    await page.evaluate(AWAIT_STEP, expected);
    await page.keyboard.press('ArrowRight');
    samples.push(await page.evaluate(() => window.__step));
    if (samples.at(-1) === null) throw new Error(`step to ${expected} did not finish within 10 s (${url})`);
  }
  // Event Timing entries come once the frame is on screen: give the last ones time to arrive.
  // An entry's start time is its event's time stamp, so it finds the step it belongs to.
  const presented = new Map(await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve([...window.__presented]), 500))));
  // Presses the browser did not report took under 16 ms (its threshold): counted as 16.
  return samples.map((s) => ({ ...s, presented: presented.get(s.pressedAt) ?? 16 }));
}

const STEP_CONTEXT = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' };

/**
 * Step latency over `steps` steps of each view of each site ({ name, origin, target, and
 * optionally url(view): the query it loads for a view, if not the view itself }), each view in a
 * new context. Sites alternate, in the order A B for the first view and B A for the next (and so
 * on), so that neither is always measured first or while the machine is busier.
 */
export async function stepLatency(browser, sites, views, steps) {
  const rows = [];
  for (const [i, view] of views.entries()) {
    for (const site of i % 2 ? [...sites].reverse() : sites) {
      const context = await browser.newContext(STEP_CONTEXT);
      const samples = await timeSteps(await context.newPage(), `${site.origin}/${site.url ? site.url(view) : view}`, steps, site.target);
      await context.close();
      const paint = samples.map((s) => s.paint);
      rows.push({
        page: site.name,
        view: view || '(all trips)',
        steps: samples.length,
        p50: percentile(paint, 50),
        p95: percentile(paint, 95),
        max: Math.max(...paint),
        domP95: percentile(samples.map((s) => s.dom), 95),
        presentedP95: percentile(samples.map((s) => s.presented), 95),
      });
    }
  }
  // In the order of the views, the app's row first.
  return views.flatMap((view) => sites.map((site) => rows.find((r) => r.page === site.name && r.view === (view || '(all trips)'))));
}

export const AT_APP_ZOOMS = "reference at the app's zooms";

/**
 * A diagnosis, not a budget: the reference page stepped at the zoom the app chose for each visit
 * (read off the app's `data-zoom` in a first pass over each view) instead of its fixed zoom 6, so
 * that what the app's zoom changes cost can be told from the rest. A stepLatency site.
 */
export async function referenceAtAppZooms(browser, appOrigin, referenceOrigin, views) {
  const urls = new Map();
  for (const view of views) {
    const context = await browser.newContext(STEP_CONTEXT);
    const page = await context.newPage();
    await page.goto(`${appOrigin}/${view}`);
    await page.waitForSelector(APP_STEPS.ready, { timeout: 60_000 });
    const sequence = await page.evaluate(APP_STEPS.sequence);
    await page.focus(APP_STEPS.focus);
    const zooms = [];
    for (const visit of sequence) {
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`.popup-body[data-popup="visit:${visit}"]`);
      zooms.push(await page.evaluate(() => document.querySelector('.leaflet-container').dataset.zoom));
    }
    const url = `${view}${view ? '&' : '?'}zooms=${zooms.join(',')}`;
    // The zooms are the app's, in its order: the reference must step through the same visits in that order.
    await page.goto(`${referenceOrigin}/${url}`);
    await page.waitForSelector(REFERENCE_STEPS.ready, { timeout: 60_000 });
    const own = await page.evaluate(REFERENCE_STEPS.sequence);
    await context.close();
    if (own.join() !== sequence.join()) throw new Error(`the reference steps through ${view || 'all trips'} in another order than the app`);
    urls.set(view, url);
  }
  return { name: AT_APP_ZOOMS, origin: referenceOrigin, target: REFERENCE_STEPS, url: (view) => urls.get(view) };
}

/** A stepLatency row, rounded for console.table. */
export function stepRowForTable(r) {
  return { ...r, p50: r.p50.toFixed(1), p95: r.p95.toFixed(1), max: r.max.toFixed(1), domP95: r.domP95.toFixed(1), presentedP95: r.presentedP95.toFixed(0) };
}
