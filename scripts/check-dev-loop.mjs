// Shows that the dev loop works: starts `npm run dev`, adds a visible string to a component that
// the server draws on / and /embed (the legend's heading) and to one that only the browser's island
// draws (the explorer's "Open the full map" link of /embed), and waits for each change to be
// served, with no restart and no manual build. (The words themselves are the editions' messages,
// content/i18n/ui-messages.ts, read on the server: an edit there shows like the first.) Restores
// the files and stops the server, whatever happens.
// Usage: node scripts/check-dev-loop.mjs [port]   (exit 0: both changes seen within the limit)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const port = Number(process.argv[2] ?? 3123);
const base = `http://127.0.0.1:${port}`;
const LIMIT_MS = 20_000;
const STARTUP_MS = 180_000;
const marker = `dev-loop-${process.pid}`;
const edits = [
  { file: 'components/ui/Legend.tsx', from: '<h1>{m.legendHeading}</h1>', to: `<h1>{m.legendHeading} ${marker}</h1>`, where: 'server' },
  { file: 'components/explorer/Explorer.tsx', from: '{m.openFull}<span', to: `{m.openFull} ${marker}<span`, where: 'island' },
];
const originals = new Map(edits.map((e) => [e.file, readFileSync(e.file, 'utf8')]));
for (const edit of edits) if (!originals.get(edit.file).includes(edit.from)) throw new Error(`${edit.file} no longer holds ${edit.from}: update this script`);

const server = spawn('npm', ['run', 'dev', '--', '-p', String(port), '-H', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
server.stdout.on('data', () => {});
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

const text = async (path) => {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};
/** Polls `check` until it is true or `ms` pass; returns the milliseconds it took. */
async function until(check, ms, what) {
  const start = Date.now();
  for (;;) {
    try { if (await check()) return Date.now() - start; } catch { /* not yet */ }
    if (Date.now() - start > ms) throw new Error(`not within ${ms / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
/** The text of the island script that a page's HTML names. */
async function islandOf(path) {
  const html = await text(path);
  const script = html.match(/<script type="module" src="([^"]+)"/)?.[1];
  if (!script) throw new Error(`${path} names no island script`);
  return text(script);
}

const started = await until(async () => (await text('/')).includes('North Korea–Russia trips'), STARTUP_MS, 'npm run dev serves /');
console.log(`dev server up in ${(started / 1000).toFixed(1)} s`);
// Warm both pages once, as a reader's first reload would.
await text('/embed');
let failed = false;
for (const edit of edits) {
  writeFileSync(edit.file, originals.get(edit.file).replace(edit.from, edit.to));
  try {
    const pages = edit.where === 'server' ? ['/', '/embed'] : ['/embed'];
    for (const page of pages) {
      const ms = await until(async () => (edit.where === 'server' ? await text(page) : await islandOf(page)).includes(marker), LIMIT_MS, `${edit.file} on ${page}`);
      console.log(`${edit.file} (${edit.where}): ${page} shows the change ${(ms / 1000).toFixed(1)} s after the edit`);
    }
  } catch (error) {
    console.error(error.message);
    failed = true;
  }
  writeFileSync(edit.file, originals.get(edit.file));
}
process.exitCode = failed ? 1 : 0;
process.exit();
