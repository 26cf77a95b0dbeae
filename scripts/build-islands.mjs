// Bundles the browser islands of the map's pages (/ and /embed) and the handout's styles into
// public/islands/, with content hashes in their names, and writes public/islands/manifest.json,
// which the route handlers read to name them (docs/adr/0001-light-pages.md says why these pages
// are not Next pages). `--watch` rebuilds on every change, beside `next dev`.
//
// The islands run on Preact. react-leaflet imports React: it gets preact/compat instead, and
// anything else from react, react-dom or next fails the build, so a component cannot pull in an
// API that has no stand-in here.
import { build, context } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'public/islands');
const watch = process.argv.includes('--watch');

const substitutes = {
  react: 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react-dom': 'preact/compat',
};

const preactForReact = {
  name: 'preact-for-react',
  setup(bundle) {
    bundle.onResolve({ filter: /^(react|react-dom|next)(\/.*)?$/ }, (args) => {
      const substitute = substitutes[args.path];
      if (!substitute) return { errors: [{ text: `${args.path} has no Preact stand-in (scripts/build-islands.mjs)` }] };
      return bundle.resolve(substitute, { kind: args.kind, resolveDir: root });
    });
  },
};

/**
 * `@import "map-style.css"` in the stylesheet: generated from components/map-style.ts, the one
 * source of the map's colours and line widths (rebuilt when that module changes).
 */
const mapStyle = {
  name: 'map-style',
  setup(bundle) {
    const module = path.join(root, 'components/map-style.ts');
    bundle.onResolve({ filter: /^map-style\.css$/ }, () => ({ path: module, namespace: 'map-style' }));
    bundle.onLoad({ filter: /.*/, namespace: 'map-style' }, async () => {
      const compiled = await build({ entryPoints: [module], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
      const { mapStyleCss } = await import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`);
      return { contents: mapStyleCss(), loader: 'css', watchFiles: [module] };
    });
  },
};

/**
 * Writes the manifest from each build's outputs: entry name → its script and styles, and the
 * styles' SHA-256 as a CSP source: a page that writes its stylesheet into its HTML (/embed) is
 * allowed that stylesheet by its hash (next.config.js).
 */
const manifest = {
  name: 'manifest',
  setup(bundle) {
    bundle.onEnd((result) => {
      if (result.errors.length > 0 || !result.metafile) return;
      // Files of earlier builds go: what the manifest does not name is never served.
      const current = new Set(Object.keys(result.metafile.outputs).map((file) => path.join(root, file)));
      mkdirSync(outdir, { recursive: true });
      for (const file of readdirSync(outdir)) {
        if (file !== 'manifest.json' && !current.has(path.join(outdir, file))) rmSync(path.join(outdir, file));
      }
      const url = (file) => (file ? `/${path.relative(path.join(root, 'public'), path.join(root, file))}` : null);
      const assets = Object.fromEntries(
        Object.values(result.metafile.outputs)
          .filter((output) => output.entryPoint)
          .map((output) => [path.basename(output.entryPoint).replace(/\.(island|style)\.tsx?$/, ''), output])
          .map(([name, output]) => [name, {
            script: name === 'print' ? null : url(Object.keys(result.metafile.outputs).find((k) => result.metafile.outputs[k] === output)),
            style: url(output.cssBundle),
            styleHash: output.cssBundle ? `sha256-${createHash('sha256').update(readFileSync(path.join(root, output.cssBundle))).digest('base64')}` : null,
          }]),
      );
      writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(assets, null, 2));
      console.log(`islands: ${Object.entries(assets).map(([k, v]) => `${k} ${v.script ?? ''} ${v.style ?? ''}`).join(' · ')}`);
    });
  },
};

const env = (name) => (process.env[name] === undefined ? 'undefined' : JSON.stringify(process.env[name]));
const ctx = await context({
  absWorkingDir: root,
  entryPoints: {
    home: 'components/pages/home.island.tsx',
    embed: 'components/pages/embed.island.tsx',
    print: 'components/pages/print.style.ts',
  },
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
  plugins: [preactForReact, mapStyle, manifest],
  define: {
    'process.env.NODE_ENV': JSON.stringify(watch ? 'development' : 'production'),
    'process.env.NEXT_PUBLIC_TILE_URL': env('NEXT_PUBLIC_TILE_URL'),
    'process.env.NEXT_PUBLIC_TILE_ATTRIBUTION': env('NEXT_PUBLIC_TILE_ATTRIBUTION'),
  },
  // ISLANDS_PLAIN=1: readable names in a profile.
  minify: !watch && process.env.ISLANDS_PLAIN !== '1',
  sourcemap: watch ? 'linked' : false,
  outdir,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.png': 'file', '.svg': 'file' },
  // Chrome's compile hint: compile every function while the script streams in, off the main
  // thread, instead of each on its first call (a traced first step spent 6.6 ms compiling).
  banner: { js: '//# allFunctionsCalledOnLoad' },
  metafile: true,
});

if (watch) {
  await ctx.watch();
  console.log('islands: watching for changes');
} else {
  const result = await ctx.rebuild();
  await ctx.dispose();
  if (result.errors.length > 0) process.exit(1);
}
