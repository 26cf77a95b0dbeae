// `npm run bench:load`: do two clients asking for large, uncached PNGs slow down everyone else?
//
// Starts the production build (`npm run build` first) on loopback and measures, with autocannon,
// `/embed` and `/trips.geojson` alone, then again while two clients keep asking for uncached PNGs
// of the largest size the server draws. The budget is a ratio measured in the same run: p99 under
// that load at most 3× the p99 alone, with no errors. Then it asks for 1,000 distinct images and
// compares the server's memory after the first 200 and after all of them. A flood of 16 image
// clients must get 2xx or 4xx answers only, with /embed still answering.
//
//   npm run bench:load -- [--duration 8] [--png 2000x2000] [--images 1000] [--dist .next] [--check]
//
// Only loopback traffic, bounded in count and time: every phase has a fixed duration or count.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const PORT = Number(arg('port', 3210));
const DURATION = Number(arg('duration', 8));
const [PNG_W, PNG_H] = arg('png', '2000x2000').split('x').map(Number);
const IMAGES = Number(arg('images', 1000));
const DIST = arg('dist', '.next');
const CHECK = args.includes('--check');
const BUDGET_RATIO = 3;
const BASE = `http://127.0.0.1:${PORT}`;

/** Resident memory of the server's process group (the `next` launcher and its server), in MB. */
function groupRssMb(pgid) {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch { /* gone */ }
  }
  return Math.round(kb / 1024);
}

async function startServer() {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_DIST_DIR: DIST, SITE_URL: BASE, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${BASE}/trips.geojson`)).ok) return server;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid);
  throw new Error(`server on port ${PORT} did not start`);
}

function cannon(path) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${BASE}${path}`, connections: 4, duration: DURATION, headers: { 'accept-encoding': 'gzip' } }, (error, result) => {
      if (error) reject(error);
      else resolve({
        path,
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        rps: Math.round(result.requests.average),
        errors: result.errors + result.timeouts + result.non2xx,
      });
    });
  });
}

/** A distinct image each time (a new width), so no cache can answer it. */
let imageSerial = 0;
function nextImage(width, height) {
  imageSerial += 1;
  const trips = ['all', 'kim-2019', 'kim-2023', 'choe-2014'];
  const w = width - (imageSerial % 400);
  return `/static/${trips[imageSerial % trips.length]}.png?width=${w}&height=${height}&theme=${imageSerial % 2 ? 'dark' : 'light'}`;
}

/** Two clients asking for one uncached image after another until told to stop. */
function imageClients(count, width, height) {
  let stopping = false;
  const statuses = {};
  const times = [];
  const client = async () => {
    while (!stopping) {
      const started = performance.now();
      const response = await fetch(`${BASE}${nextImage(width, height)}`).catch(() => null);
      await response?.arrayBuffer();
      const status = response?.status ?? 'network error';
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 200) times.push(performance.now() - started);
    }
  };
  const running = Array.from({ length: count }, client);
  return async () => {
    stopping = true;
    await Promise.all(running);
    return { statuses, times };
  };
}

const server = await startServer();
const results = { png: `${PNG_W}x${PNG_H}`, dist: DIST, duration: DURATION, alone: [], loaded: [] };
try {
  // Warm: the routes' code and the content are loaded on their first request.
  for (const path of ['/embed', '/trips.geojson', '/static/all.png?width=400&height=300']) await (await fetch(`${BASE}${path}`)).arrayBuffer();
  const probe = await fetch(`${BASE}${nextImage(PNG_W, PNG_H)}`);
  results.pngStatus = probe.status;
  await probe.arrayBuffer();

  for (const path of ['/embed', '/trips.geojson']) results.alone.push(await cannon(path));
  const stop = imageClients(2, PNG_W, PNG_H);
  for (const path of ['/embed', '/trips.geojson']) results.loaded.push(await cannon(path));
  const images = await stop();
  results.imageStatuses = images.statuses;
  results.imageMs = images.times.length ? Math.round(images.times.reduce((a, b) => a + b, 0) / images.times.length) : null;

  // A flood: 16 clients at once, each a new image each time. Beyond the renders the server takes
  // on, the answer must be a 4xx (429), never a 5xx, and /embed must still be served.
  const flood = imageClients(16, PNG_W, PNG_H);
  results.flood = await cannon('/embed');
  results.floodStatuses = (await flood()).statuses;

  if (IMAGES > 0) {
    // Memory: distinct mid-size images, two at a time; after 200 the caches are full.
    const memory = { statuses: {} };
    let done = 0;
    const client = async () => {
      while (done < IMAGES) {
        done += 1;
        if (done === 200) memory.after200 = groupRssMb(server.pid);
        const response = await fetch(`${BASE}${nextImage(800, 500)}`).catch(() => null);
        await response?.arrayBuffer();
        memory.statuses[response?.status ?? 'network error'] = (memory.statuses[response?.status ?? 'network error'] ?? 0) + 1;
      }
    };
    await Promise.all([client(), client()]);
    memory.afterAll = groupRssMb(server.pid);
    results.memory = memory;
  }
} finally {
  process.kill(-server.pid);
}

const rows = results.alone.map((alone, i) => {
  const loaded = results.loaded[i];
  return { path: alone.path, aloneP99: alone.p99, loadedP99: loaded.p99, ratio: +(loaded.p99 / Math.max(1, alone.p99)).toFixed(2), aloneRps: alone.rps, loadedRps: loaded.rps, errors: alone.errors + loaded.errors };
});
console.log(`\nbench:load (${results.dist}, ${DURATION} s a phase, 4 connections; load: 2 clients asking for uncached ${results.png} PNGs, first answered ${results.pngStatus}, ${results.imageMs ?? '–'} ms each on average, answers ${JSON.stringify(results.imageStatuses)})`);
console.table(rows.map((r) => ({ ...r, 'p97.5 alone': results.alone.find((a) => a.path === r.path).p97_5, 'p97.5 loaded': results.loaded.find((a) => a.path === r.path).p97_5 })));
console.log(`flood (16 image clients): /embed p99 ${results.flood.p99} ms (${+(results.flood.p99 / Math.max(1, results.alone[0].p99)).toFixed(2)}× alone), ${results.flood.rps} requests/s, ${results.flood.errors} errors; image answers ${JSON.stringify(results.floodStatuses)}`);
if (results.memory) console.log(`memory (server RSS): ${results.memory.after200} MB after 200 images, ${results.memory.afterAll} MB after ${IMAGES}; answers ${JSON.stringify(results.memory.statuses)}`);

const failures = [];
for (const r of rows) {
  if (r.ratio > BUDGET_RATIO) failures.push(`${r.path}: p99 under load ${r.loadedP99} ms is ${r.ratio}× the ${r.aloneP99} ms alone (budget ${BUDGET_RATIO}×)`);
  if (r.errors > 0) failures.push(`${r.path}: ${r.errors} errors or non-2xx answers`);
}
if (results.flood.errors > 0) failures.push(`/embed during the flood: ${results.flood.errors} errors or non-2xx answers`);
const floodServerErrors = Object.entries(results.floodStatuses).filter(([status]) => !(Number(status) < 500)).reduce((n, [, count]) => n + count, 0);
if (floodServerErrors > 0) failures.push(`flood: ${floodServerErrors} image answers were 5xx or network errors`);
if (results.memory && results.memory.afterAll > results.memory.after200 * 1.25) failures.push(`memory grew from ${results.memory.after200} to ${results.memory.afterAll} MB`);
console.log(failures.length ? `budgets missed:\n  ${failures.join('\n  ')}` : 'all budgets met');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/load.json', JSON.stringify({ ...results, rows, failures }, null, 2));
if (CHECK && failures.length) process.exit(1);
