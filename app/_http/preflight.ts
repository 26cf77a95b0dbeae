// `next start` answers OPTIONS on any file from public/ (the data files, the pages' scripts) with a
// 500. The proxy (proxy.ts) answers it first: for the data, which any origin may read, as a CORS
// preflight; for the rest, with the methods a file allows.

const CORS_READABLE = /^\/(trips\.geojson|visits\.csv|data\/.*)$/;

/** The answer to OPTIONS on a file: 204 with Allow, and a CORS preflight's headers for the data. */
export function filePreflight(pathname: string): Response {
  const headers: Record<string, string> = { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'public, max-age=86400' };
  if (CORS_READABLE.test(pathname)) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Range',
      'Access-Control-Max-Age': '86400',
    });
  }
  return new Response(null, { status: 204, headers });
}
