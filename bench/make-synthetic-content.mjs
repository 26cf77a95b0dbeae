// Writes a content/ tree N times larger than the real one into a folder of your
// choice (never into content/): every trip is copied N times with new ids.
// Usage: node bench/make-synthetic-content.mjs <factor> <out-dir>
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [factorArg, outDir] = process.argv.slice(2);
const factor = Number(factorArg);
if (!Number.isInteger(factor) || factor < 1 || !outDir) {
  console.error('usage: node bench/make-synthetic-content.mjs <factor ≥ 1> <out-dir>');
  process.exit(2);
}
const source = join(process.cwd(), 'content');
const target = join(outDir, 'content');
mkdirSync(join(target, 'trips'), { recursive: true });
for (const file of ['places.json', 'sources.json', 'railways.geojson']) cpSync(join(source, file), join(target, file));

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
console.log(`wrote ${factor}× content (${visits} visits) to ${target}`);
