// `npm run dev`: the islands' bundler in watch mode beside `next dev`. Edit a component, reload:
// Next re-renders the server's HTML from the changed module, and the HTML names the islands'
// latest bundles (the route handlers read their manifest on each request in development).
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['scripts/build-islands.mjs', '--watch'], { stdio: 'inherit' }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
