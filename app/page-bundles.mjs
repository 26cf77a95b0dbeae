// Builds the scripts of the map's two pages, / and /embed (run by `npm run build`, before
// `next build`).
//
// Why not Next's bundles: every App Router page ships React DOM and Next's router (about 136 KB
// compressed) before any of its own code, twice the weight of Leaflet and all the map's code
// together; and an embed loads inside other people's pages, often on phones. The two pages are
// instead served by route handlers (app/route.ts, app/embed/route.ts) as HTML drawn by the same
// components, rendered and hydrated with Preact (about 10 KB) in place of React. The other routes
// (print handouts, static images, data files) stay on Next as they are.
//
// Outputs: public/page-bundles/ (each page's script and styles, hashed names) and
// .pages/document.mjs (the server's renderer, which knows those names).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const publicDir = 'public/page-bundles';

// What each React or Next import becomes. Anything else from react or next fails the build, so a
// page component cannot pull in an API that has no stand-in here.
const substitutes = {
  react: 'preact/compat',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  // Only what preact/compat exports resolves: a missing name (say, `preload`) fails the build.
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom/server': 'preact/compat/server',
};

const preactForReact = {
  name: 'preact-for-react',
  setup(bundle) {
    bundle.onResolve({ filter: /^(react|react-dom|next)(\/.*)?$/ }, (args) => {
      const substitute = substitutes[args.path];
      if (!substitute) return { errors: [{ text: `${args.path} has no Preact stand-in (app/page-bundles.mjs)` }] };
      return bundle.resolve(substitute, { kind: args.kind, resolveDir: root });
    });
  },
};

const env = (name) => (process.env[name] === undefined ? 'undefined' : JSON.stringify(process.env[name]));
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  logLevel: 'warning',
  plugins: [preactForReact],
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.NEXT_PUBLIC_TILE_URL': env('NEXT_PUBLIC_TILE_URL'),
    'process.env.NEXT_PUBLIC_TILE_ATTRIBUTION': env('NEXT_PUBLIC_TILE_ATTRIBUTION'),
    // The map data's hashed name, written by content/write-static-data.ts (run first).
    'process.env.MAP_DATA_PATH': JSON.stringify(JSON.parse(readFileSync(path.join(root, 'public/data/files.json'), 'utf8'))['/data/map-data.json']),
  },
};

rmSync(path.join(root, publicDir), { recursive: true, force: true });
const browser = await build({
  ...common,
  entryPoints: { home: 'components/home-client.tsx', embed: 'components/embed-client.tsx' },
  platform: 'browser',
  target: 'es2022',
  // PAGE_BUNDLES_PLAIN=1: readable names in a profile.
  minify: process.env.PAGE_BUNDLES_PLAIN !== '1',
  outdir: publicDir,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.png': 'file', '.svg': 'file' },
  // Chrome's compile hint: compile every function while the script streams in, off the main
  // thread, instead of each on its first call. Without it, a traced first step (popup, map move,
  // timeline) spent 6.6 ms compiling the code it ran for the first time.
  banner: { js: '//# allFunctionsCalledOnLoad' },
  metafile: true,
});
const url = (file) => `/${path.relative('public', file)}`;
const assets = Object.fromEntries(
  Object.entries(browser.metafile.outputs)
    .filter(([, output]) => output.entryPoint)
    .map(([script, output]) => [path.basename(output.entryPoint).replace('-client.tsx', ''), { script: url(script), style: url(output.cssBundle) }]),
);

await build({
  ...common,
  entryPoints: ['components/page-document.tsx'],
  platform: 'node',
  target: 'node20',
  outfile: '.pages/document.mjs',
  // The server draws HTML only: styles and images are the browser bundle's.
  loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty' },
  define: { ...common.define, 'process.env.PAGE_ASSETS': JSON.stringify(JSON.stringify(assets)) },
});
console.log(`page bundles: ${JSON.stringify(assets)}, .pages/document.mjs`);
