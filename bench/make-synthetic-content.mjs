// Writes a content/ tree N times larger than the real one into a folder of your
// choice (never into content/): every trip is copied N times with new ids. The
// translations are the real ones (for the places and the first copy of each trip,
// whose ids and texts are the real ones) and, for the other copies, entries marked
// pending, written by scripts/sync-translations.ts as `npm run translations` does.
// Usage: node bench/make-synthetic-content.mjs <factor> <out-dir>
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [factorArg, outDir] = process.argv.slice(2);
const factor = Number(factorArg);
if (!Number.isInteger(factor) || factor < 1 || !outDir) {
  console.error('usage: node bench/make-synthetic-content.mjs <factor ≥ 1> <out-dir>');
  process.exit(2);
}
const source = join(process.cwd(), 'content');
const target = resolve(outDir, 'content');
mkdirSync(join(target, 'trips'), { recursive: true });
for (const file of ['places.json', 'sources.json', 'railways.geojson', 'translations']) cpSync(join(source, file), join(target, file), { recursive: true });

let visits = 0;
for (const name of readdirSync(join(source, 'trips'))) {
  const trip = JSON.parse(readFileSync(join(source, 'trips', name), 'utf8'));
  for (let copy = 0; copy < factor; copy += 1) {
    const suffix = copy === 0 ? '' : `-copy${copy}`;
    const rename = (id) => `${id}${suffix}`;
    const clone = {
      ...trip,
      id: rename(trip.id),
      title: copy === 0 ? trip.title : `${trip.title} (copy ${copy})`,
      visits: trip.visits.map((v) => ({ ...v, id: rename(v.id) })),
      legs: trip.legs.map((l) => ({ ...l, from: rename(l.from), to: rename(l.to) })),
    };
    visits += clone.visits.length;
    writeFileSync(join(target, 'trips', `${clone.id}.json`), JSON.stringify(clone));
  }
}
// The content is invalid without a translation of every text (content/load.ts): the copies' are pending.
const sync = spawnSync('npx', ['tsx', 'scripts/sync-translations.ts', target], { stdio: 'inherit' });
if (sync.status !== 0) {
  console.error('writing the translations failed (scripts/sync-translations.ts)');
  process.exit(1);
}
console.log(`wrote ${factor}× content (${visits} visits) to ${target}`);
