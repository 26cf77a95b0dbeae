// Where the time goes: a Chrome trace (Playwright's browser.startTracing, CDP Tracing underneath)
// of the /embed first view beside the reference page's, and of app steps beside the reference's,
// summarised as the renderer main thread's busy time (thread time) by kind (scripting, style, layout, paint, …),
// raster on other threads, and the longest tasks with what ran in them. Real content, production
// build. Usage: npm run build && npm run bench:trace [-- --steps N] [-- --out folder]
// The traces are written to bench/results/traces/ (open them in DevTools' Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { APP_STEPS, FIRST_ROUTE_PROBE, launchBrowser, REFERENCE_STEPS, startServer } from './lib.mjs';
import { startReferenceServer } from './reference-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const STEPS = Number(option('--steps', 12));
const OUT = option('--out', 'bench/results/traces');

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'toplevel', 'v8.execute', 'blink.user_timing', 'loading', 'cc', 'gpu', 'disabled-by-default-v8.gc'];

/** DevTools' summary kinds, by trace event name. Time is each event's self time, given to the nearest ancestor (or itself) named here. */
const KIND = {
  scripting: ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.produceCache', 'v8.run', 'FunctionCall', 'TimerFire',
    'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'v8.callFunction', 'V8.Execute', 'XHRReadyStateChange', 'v8.evaluateModule'],
  'garbage collection': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep'],
  'parse HTML/CSS': ['ParseHTML', 'ParseAuthorStyleSheet'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections', 'UpdateLayerTree'],
  'paint/composite (main thread)': ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'ProxyMain::BeginMainFrame::commit'],
  'image decode': ['Decode Image', 'ImageDecodeTask', 'Decode LazyPixelRef'],
};
const KIND_NAMES = new Map(Object.entries(KIND).flatMap(([kind, names]) => names.map((n) => [n, kind])));
/** By name, else by prefix: V8's GC and Blink's GC, V8's other work (compiling, tiering up), the main thread's part of a frame. */
const kindOf = (name) => KIND_NAMES.get(name)
  ?? (/^(V8\.GC|BlinkGC|V8\.GC_)/.test(name) ? 'garbage collection'
    : /^V8\./.test(name) ? 'scripting'
      : /^(ProxyMain::|LayerTreeHost::|ScrollTree::)/.test(name) ? 'paint/composite (main thread)' : undefined);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/**
 * Complete events (ph X, or B/E pairs) of one thread, as { name, ts, end, cpu, args, children },
 * nested; `cpu` is the thread's own clock (tdur), which a busy machine does not stretch as it does
 * wall time.
 */
function threadTree(events) {
  const list = [];
  const open = [];
  for (const e of events) {
    if (e.ph === 'X') list.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) list.push({ name: b.name, ts: b.ts, end: e.ts, cpu: e.tts !== undefined && b.tts !== undefined ? e.tts - b.tts : e.ts - b.ts, args: b.args });
    }
  }
  list.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const roots = [];
  const stack = [];
  for (const node of list) {
    node.children = [];
    while (stack.length && stack.at(-1).end <= node.ts) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

function addKinds(node, into, inherited = 'other') {
  const kind = kindOf(node.name) ?? inherited;
  const childTime = node.children.reduce((s, c) => s + c.cpu, 0);
  into[kind] = (into[kind] ?? 0) + Math.max(0, node.cpu - childTime);
  for (const c of node.children) addKinds(c, into, kind);
}

/** What ran in a task, for the report: its biggest script (URL, function) and its biggest other events. */
function taskContents(task) {
  const totals = {};
  const visit = (node) => {
    const data = node.args?.data ?? {};
    const what = data.url ? `${node.name} ${data.url.split('/').pop().slice(0, 40)}${data.functionName ? `:${data.functionName}` : ''}` : (data.type ? `${node.name} ${data.type}` : node.name);
    if (!TASK.has(node.name)) {
      const childTime = node.children.reduce((s, c) => s + c.cpu, 0);
      totals[what] = (totals[what] ?? 0) + Math.max(0, node.cpu - childTime);
    }
    node.children.forEach(visit);
  };
  visit(task);
  return Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join('; ');
}

/** Summary of a trace: the page's renderer main thread by kind, raster elsewhere, the longest tasks. */
function summarise(trace, origin, { per = 1, untilMs = null } = {}) {
  const events = JSON.parse(trace).traceEvents ?? JSON.parse(trace);
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  // The page's renderer: the one whose frames were at the origin.
  const started = events.filter((e) => e.name === 'TracingStartedInBrowser' || e.name === 'FrameCommittedInBrowser' || e.name === 'CommitLoad');
  const pids = new Set(started.flatMap((e) => [...(e.args?.data?.frames ?? []), e.args?.data ?? {}])
    .filter((f) => f.url?.startsWith(origin) && f.processId).map((f) => f.processId));
  const mainTid = [...threadNames].find(([key, name]) => name === 'CrRendererMain' && pids.has(Number(key.split(':')[0])))?.[0];
  if (!mainTid) throw new Error(`no renderer main thread for ${origin} in the trace`);
  const [pid] = mainTid.split(':').map(Number);
  let main = threadTree(events.filter((e) => `${e.pid}:${e.tid}` === mainTid));
  // A first view: only the tasks started by the time the first route was on screen (page time, from navigationStart).
  let navigationStart = null;
  if (untilMs !== null) {
    navigationStart = events.filter((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL?.startsWith(origin)).at(-1)?.ts
      ?? events.filter((e) => e.name === 'navigationStart' && e.pid === pid).at(-1)?.ts;
    main = main.filter((n) => n.ts - navigationStart <= untilMs * 1000);
  }
  const kinds = {};
  for (const root of main) addKinds(root, kinds);
  const tasks = main.filter((n) => TASK.has(n.name)).sort((a, b) => b.cpu - a.cpu);
  const t0 = navigationStart ?? Math.min(...main.map((n) => n.ts));
  const rasterThreads = [...threadNames].filter(([key, name]) => Number(key.split(':')[0]) === pid && /Compositor|Raster|TileWorker/.test(name)).map(([key]) => key);
  const raster = threadTree(events.filter((e) => rasterThreads.includes(`${e.pid}:${e.tid}`)))
    .filter((n) => TASK.has(n.name) && (untilMs === null || n.ts - navigationStart <= untilMs * 1000)).reduce((s, n) => s + n.cpu, 0);
  const ms = (us) => Number((us / 1000 / per).toFixed(1));
  return {
    mainThreadMs: ms(Object.values(kinds).reduce((a, b) => a + b, 0)),
    byKind: Object.fromEntries(Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    rasterAndCompositorThreadsMs: ms(raster),
    longTasks: tasks.filter((t) => t.end - t.ts >= 50_000).length,
    longTasksCpu: tasks.filter((t) => t.cpu >= 50_000).length,
    longest: tasks.slice(0, 5).map((t) => ({ atMs: Number(((t.ts - t0) / 1000).toFixed(0)), cpuMs: Number((t.cpu / 1000).toFixed(1)), wallMs: Number(((t.end - t.ts) / 1000).toFixed(1)), what: taskContents(t) })),
  };
}

async function traced(browser, page, name, action) {
  await browser.startTracing(page, { categories: CATEGORIES, screenshots: false });
  await action();
  const buffer = await browser.stopTracing();
  writeFileSync(join(OUT, `${name}.json`), buffer);
  return buffer.toString('utf8');
}

const newContext = (browser) => browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });

async function firstView(browser, name, url, ready) {
  const warm = await newContext(browser); // the server's first request of the page is not timed
  await (await warm.newPage()).goto(url);
  await warm.close();
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(FIRST_ROUTE_PROBE);
  let first = null;
  const trace = await traced(browser, page, name, async () => {
    await page.goto(url);
    first = await page.evaluate(() => window.__firstRoute);
    await page.waitForSelector(ready, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
  });
  await context.close();
  const origin = new URL(url).origin;
  return [
    { name: `${name}, until first route on screen (${first.onScreen.toFixed(0)} ms, ${first.how})`, ...summarise(trace, origin, { untilMs: first.onScreen }) },
    { name: `${name}, until idle`, ...summarise(trace, origin) },
  ];
}

async function steps(browser, name, url, target) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(target.ready, { timeout: 60_000 });
  const sequence = await page.evaluate(target.sequence);
  await page.focus(target.focus);
  const press = async () => {
    const at = await page.evaluate(target.at);
    const next = at >= sequence.length - 1 ? 0 : at + 1;
    await page.keyboard.press(next === 0 ? 'Home' : 'ArrowRight');
    await page.waitForSelector(`.popup-body[data-popup="visit:${sequence[next]}"]`);
    await page.waitForTimeout(150); // the frame, and the work deferred past it
  };
  for (let i = 0; i < 3; i += 1) await press(); // past the cold first steps
  const trace = await traced(browser, page, name, async () => {
    for (let i = 0; i < STEPS; i += 1) await press();
  });
  await context.close();
  return { name: `${name} (per step, ${STEPS} steps)`, ...summarise(trace, new URL(url).origin, { per: STEPS }) };
}

mkdirSync(OUT, { recursive: true });
const loadBefore = loadavg();
const app = await startServer(3401);
const reference = await startReferenceServer(3402, 'http://127.0.0.1:3401');
const browser = await launchBrowser();
const summaries = [];
try {
  summaries.push(...await firstView(browser, 'first-view-reference', 'http://127.0.0.1:3402/', 'body[data-ready="true"]'));
  summaries.push(...await firstView(browser, 'first-view-embed', 'http://127.0.0.1:3401/embed', '[data-map-ready="true"]'));
  summaries.push(await steps(browser, 'steps-app-trip', 'http://127.0.0.1:3401/?trip=kim-2023', APP_STEPS));
  summaries.push(await steps(browser, 'steps-reference-trip', 'http://127.0.0.1:3402/?trip=kim-2023', REFERENCE_STEPS));
} finally {
  await browser.close();
  reference.stop();
  app.stop();
}
const load = { before: loadBefore.map((v) => v.toFixed(2)).join(', '), after: loadavg().map((v) => v.toFixed(2)).join(', ') };
console.log(`Load average (1, 5, 15 min): before ${load.before}; after ${load.after}`);
console.log('Renderer main thread (ms of thread time) by kind; raster and compositor threads (ms of thread time); tasks ≥ 50 ms of wall and of thread time');
console.table(summaries.map((s) => ({ trace: s.name, 'main thread': s.mainThreadMs, ...s.byKind, 'raster+compositor': s.rasterAndCompositorThreadsMs, 'tasks ≥ 50 ms wall': s.longTasks, 'thread': s.longTasksCpu })));
for (const s of summaries) {
  console.log(`Longest tasks by thread time, ${s.name} (at: ms from navigation, or the trace's first task; what: biggest self thread times in ms)`);
  console.table(s.longest);
}
writeFileSync(join(OUT, 'summary.json'), JSON.stringify({ load, summaries }, null, 2));
console.log(`traces and summary.json written to ${OUT}/`);
