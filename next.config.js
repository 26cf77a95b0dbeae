/**
 * A content security policy that allows only what the app needs: its own
 * scripts, styles, images and data, plus the
 * optional tile server. `/embed` may be framed by any page; nothing else may.
 */
function csp(frameAncestors) {
  const tiles = process.env.NEXT_PUBLIC_TILE_URL ? ` ${new URL(process.env.NEXT_PUBLIC_TILE_URL.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    "connect-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A native module: loaded by Node at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // The benchmarks build synthetic content into a separate folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ];
    return [
      // Later rules override earlier ones for the same header.
      { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: csp("'self'") }] },
      { source: '/embed', headers: [{ key: 'Content-Security-Policy', value: csp('*') }] },
      // The map's pages come from route handlers, whose answers `next start` leaves uncompressed
      // (vercel/next.js#98007: it copies their Content-Type as a list, which its compression does
      // not recognise). A Content-Type set here is a plain string, and Next keeps it.
      { source: '/', headers: [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }] },
      { source: '/embed', headers: [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }] },
      // The islands' scripts and styles: their names change with their content.
      { source: '/islands/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

module.exports = nextConfig;
