// Fails when the project's modules import each other in a cycle (type imports included): each
// folder's README says what it may import, and a cycle means two modules are one concern.
// Usage: node scripts/check-import-cycles.mjs (run by `npm run lint`)
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const files = execSync("git ls-files '*.ts' '*.tsx' '*.mjs'", { encoding: 'utf8' }).trim().split('\n')
  .filter((f) => !/\.test\.tsx?$/.test(f) && existsSync(f));
const known = new Set(files);
const graph = new Map(files.map((file) => {
  const deps = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].flatMap(([, spec]) => {
    const base = path.normalize(path.join(path.dirname(file), spec));
    const found = ['', '.ts', '.tsx', '.mjs', '/index.ts'].map((ext) => base + ext).find((f) => known.has(f));
    return found ? [found] : [];
  });
  return [file, deps];
}));

// Tarjan's strongly connected components: any component of more than one module is a cycle.
let index = 0;
const indexOf = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(node) {
  indexOf.set(node, index);
  low.set(node, index);
  index += 1;
  stack.push(node);
  onStack.add(node);
  for (const dep of graph.get(node)) {
    if (!indexOf.has(dep)) {
      visit(dep);
      low.set(node, Math.min(low.get(node), low.get(dep)));
    } else if (onStack.has(dep)) {
      low.set(node, Math.min(low.get(node), indexOf.get(dep)));
    }
  }
  if (low.get(node) === indexOf.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node).includes(node)) cycles.push(component.sort());
  }
}
for (const file of files) if (!indexOf.has(file)) visit(file);

if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`import cycle: ${cycle.join(', ')}`);
  process.exit(1);
}
console.log(`no import cycles among ${files.length} modules`);
