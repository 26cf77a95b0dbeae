import { builtinModules } from 'node:module';
import { reactHooks, tseslint } from '@trips-map/lint';

// Import boundaries: each folder's README.md says in one line what it may import; the blocks at the
// end of this file hold the code to those lines with no-restricted-imports. The rule sees the import
// as written, so a folder's allowances are turned into regular expressions over relative
// specifiers, one set per depth below the folder (`../x` from content/ is the root's x, from
// content/basemap/ it is content/x). Type-only imports count (scripts/check-import-cycles.mjs
// counts them too), except where a README says "(types)". Dynamic import() is not checked.

const CODE = '{ts,tsx,mts,cts,js,mjs,cjs}';
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const any = (remainders) => `(?:${remainders.map(escape).join('|')})(?:/|$)`;

// The relative specifiers, from a file `extra` folders below `dir`, that reach one of the
// root-relative `targets` but none of the `except`; without `targets`, every one that reaches a
// path outside `except`. Each level up from `dir` (`../` × (up + extra)) is one alternative.
function reaching(dir, extra, { targets, except }) {
  const parts = dir.split('/');
  const levels = [];
  for (let up = 0; up <= parts.length; up += 1) {
    const ancestor = parts.slice(0, parts.length - up).join('/');
    // What a path looks like from the ancestor: everything (the path holds the ancestor), its
    // remainder (the path is below the ancestor), or nothing (the path is elsewhere).
    const seen = (paths) => {
      if (paths.some((p) => ancestor === p || ancestor.startsWith(`${p}/`))) return 'all';
      return paths.flatMap((p) => (ancestor === '' ? [p] : p.startsWith(`${ancestor}/`) ? [p.slice(ancestor.length + 1)] : []));
    };
    const excepted = seen(except);
    if (excepted === 'all') continue;
    let reached = '';
    if (targets) {
      const targeted = seen(targets);
      if (targeted !== 'all') {
        if (targeted.length === 0) continue;
        reached = any(targeted);
      }
    }
    const spared = excepted.length > 0 ? `(?!${any(excepted)})` : '';
    const ups = up + extra;
    const relative = ups === 0 ? '\\./' : `(?:\\./)?(?:\\.\\./){${ups}}`;
    levels.push(`${relative}(?!\\.\\./)${spared}${reached}`);
  }
  return levels.length > 0 ? `^(?:${levels.join('|')})` : null;
}

const leaflet = { regex: '^(?:@react-leaflet/|(?:react-)?leaflet(?:/|$))', message: 'Only components/map/ imports Leaflet or react-leaflet (components/map/README.md).' };
const testTooling = {
  regex: '^(?:\\.{1,2}/)+(?:scripts|bench|e2e)(?:/|$)',
  message: 'Nothing outside scripts/, bench/ and e2e/ imports from scripts/, bench/ or e2e/: the app never depends on its build, benchmark or test tooling (docs/architecture.md).',
};
const zodInBrowser = (who) => ({
  regex: '^zod(?:/|$)',
  message: `${who} runs in the browser and must not import zod: it adds ~97 KB to the pages' JavaScript (see git log: "The islands stay free of zod").`,
});
const nodeInBrowser = (who) => ({
  regex: `^(?:node:|(?:${builtinModules.filter((m) => !m.startsWith('node:')).map(escape).join('|')})(?:/|$))`,
  message: `${who} runs in the browser and must not import Node's built-in modules (node:*).`,
});

// One config block per depth below the folder; later blocks replace earlier ones for the files
// both match (flat config does not merge a rule's options), so every block carries every
// restriction its files are under, and sub-folders come after their folder.
function boundary({ dir, own = dir, files, depths = 5, may = [], typesFrom = [], message, typesMessage, also = [], leafletAllowed = false }) {
  const blocks = [];
  for (let extra = 0; extra < depths; extra += 1) {
    const patterns = [];
    const leaving = reaching(dir, extra, { except: [own, ...may, ...typesFrom] });
    if (leaving) patterns.push({ regex: leaving, message });
    const typesOnly = typesFrom.length > 0 && reaching(dir, extra, { targets: typesFrom, except: [own, ...may] });
    if (typesOnly) patterns.push({ regex: typesOnly, allowTypeImports: true, message: typesMessage });
    patterns.push(...also);
    if (!leafletAllowed) patterns.push(leaflet);
    blocks.push({
      files: files ?? [`${dir}/${'*/'.repeat(extra)}*.${CODE}`],
      // A test may reach across folders to check a feature end to end (the shipped content renders).
      ignores: ['**/*.test.*'],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    });
    if (files) break;
  }
  return blocks;
}

const islands = 'components/ui/, components/explorer/ and the islands (components/pages/*.island.tsx)';

// typescript-eslint's recommended rules everywhere, and the rules of hooks on the components.
// The components take their hooks from preact/hooks: both rules know hooks by name (useEffect,
// useMemo, useState…), whatever module they come from, so Preact's hooks are checked as React's
// would be, and useState's setters and useRef's refs count as stable.
export default tseslint.config(
  {
    ignores: ['.next/**', '.next-bench*/**', 'out/**', 'public/data/**', 'public/islands/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'next-env.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // A property named in a destructuring only to leave it out of the rest is not unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Next loads next.config.js as CommonJS (the package is not "type": "module"): require is its import.
  { files: ['next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Import boundaries. Everywhere: Leaflet only in components/map/.
  { files: [`**/*.${CODE}`], rules: { 'no-restricted-imports': ['error', { patterns: [leaflet] }] } },
  // Nothing but the tooling imports the tooling; playwright.config.ts is the end-to-end tests' own.
  {
    files: [`**/*.${CODE}`],
    ignores: ['scripts/**', 'bench/**', 'e2e/**', 'playwright.config.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testTooling, leaflet] }] },
  },
  ...boundary({
    dir: 'geo',
    message: "geo/ is pure: it imports nothing of the project's (geo/README.md).",
    also: [{
      regex: '^(?:preact|react|react-dom|node:(?:http|https|http2|net|dgram|dns|tls))(?:/|$)',
      message: 'geo/ is pure geometry: no React, Leaflet, DOM, network or clock (geo/README.md).',
    }],
  }),
  ...boundary({ dir: 'content', may: ['geo'], message: 'content/ imports only content/ and geo/ (content/README.md).' }),
  // content/basemap/ may import geo and content (content/basemap/README.md): content/'s own rule.
  ...boundary({
    dir: 'content/i18n',
    may: ['content', 'geo'],
    message: 'content/ imports only content/ and geo/ (content/README.md).',
    also: [{ regex: '^zod(?:/|$)', message: "content/i18n/ must not import zod: the browser islands import it, and zod adds ~97 KB to the pages' JavaScript (see git log: \"The islands stay free of zod\")." }],
  }),
  ...boundary({
    dir: 'app',
    may: ['components', 'content', 'geo'],
    message: 'Routes (app/) may import app/_http, components, content and geo (app/README.md).',
  }),
  ...boundary({
    dir: 'app/_http',
    may: ['content', 'geo', 'components/static-map'],
    message: "app/_http/ may import only content/, geo/ and components/static-map/, never app/'s route files nor other components (app/_http/README.md).",
  }),
  ...boundary({
    dir: 'components',
    own: 'components/map-style',
    files: ['components/map-style.ts'],
    typesFrom: ['content'],
    message: 'components/map-style.ts takes only types from content/ (docs/architecture.md).',
    typesMessage: 'components/map-style.ts takes only types from content/: import type (docs/architecture.md).',
  }),
  ...boundary({
    dir: 'components/map',
    may: ['content', 'geo', 'app/_http', 'components/map-style', 'components/ui'],
    typesFrom: ['components/explorer'],
    leafletAllowed: true,
    message: 'components/map/ may import content, geo, app/_http, components/map-style, components/explorer (types) and components/ui (components/map/README.md).',
    typesMessage: 'components/map/ takes only types from components/explorer/: import type (components/map/README.md).',
  }),
  // The map's tests, as the map itself, may import Leaflet (they check renderers.ts against Leaflet's own).
  { files: [`components/map/**/*.test.${CODE}`], rules: { 'no-restricted-imports': ['error', { patterns: [testTooling] }] } },
  ...boundary({
    dir: 'components/static-map',
    may: ['content', 'geo', 'components/map-style'],
    message: 'components/static-map/ may import content, geo and components/map-style; never Leaflet or the DOM (components/static-map/README.md).',
  }),
  ...boundary({
    dir: 'components/ui',
    may: ['content', 'geo', 'app/_http', 'components/map-style', 'components/explorer'],
    typesFrom: ['components/static-map'],
    message: 'components/ui/ may import content, geo, app/_http, components/map-style, components/explorer and types of components/static-map; never Leaflet (components/ui/README.md).',
    typesMessage: 'components/ui/ takes only types from components/static-map/: import type (components/ui/README.md).',
    also: [zodInBrowser(islands), nodeInBrowser(islands)],
  }),
  ...boundary({
    dir: 'components/explorer',
    may: ['content', 'app/_http', 'components/ui', 'components/map/MapView'],
    // Types load nothing: the map's code still comes only through MapView's lazy import.
    typesFrom: ['components/map'],
    message: 'components/explorer/ may import content, app/_http, components/ui, and components/map only through MapView (loaded lazily) (components/explorer/README.md).',
    typesMessage: 'components/explorer/ reaches components/map/ only through MapView, loaded lazily: import type for anything else (components/explorer/README.md).',
    also: [zodInBrowser(islands), nodeInBrowser(islands)],
  }),
  // app/globals.css is the islands' and the print page's stylesheet, not a route.
  ...boundary({
    dir: 'components/pages',
    may: ['components', 'content', 'app/_http', 'app/globals.css'],
    message: 'components/pages/ may import anything in components, content and app/_http (components/pages/README.md).',
  }),
  ...boundary({
    dir: 'components/pages',
    files: ['components/pages/*.island.tsx'],
    may: ['components', 'content', 'app/_http', 'app/globals.css'],
    message: 'components/pages/ may import anything in components, content and app/_http (components/pages/README.md).',
    also: [zodInBrowser(islands), nodeInBrowser(islands)],
  }),
  ...boundary({
    dir: 'scripts',
    may: ['content', 'components', 'app/_http'],
    message: 'scripts/ may import content, components and app/_http (scripts/README.md).',
  }),
  ...boundary({
    dir: 'e2e',
    may: ['app/_http'],
    typesFrom: ['content', 'components'],
    message: "e2e/ imports of the app only the public contract: app/_http's schemas and types, and types (e2e/README.md).",
    typesMessage: 'e2e/ takes only types from content/ and components/: import type (e2e/README.md).',
  }),
);
