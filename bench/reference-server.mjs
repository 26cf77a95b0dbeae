// Serves the reference page (bench/reference/) the way a plain static host would: its HTML,
// Leaflet and topojson-client from node_modules, and the same data the app sends (the trips as
// GeoJSON from the app server given, which may serve synthetic content, and the bundled world
// basemap), gzip-compressed like the app's responses. Its popups name places in three scripts,
// which the GeoJSON does not carry: the content's places.json is served as /places.json.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', json: 'application/json', geojson: 'application/geo+json' };

/** `contentRoot`: the folder holding content/ (TRIPS_CONTENT_ROOT for synthetic content). */
export async function startReferenceServer(port, appOrigin, { contentRoot = process.cwd() } = {}) {
  const file = (...parts) => readFileSync(join(process.cwd(), ...parts));
  const files = {
    '/': ['html', file('bench', 'reference', 'index.html')],
    '/leaflet/leaflet.js': ['js', file('node_modules', 'leaflet', 'dist', 'leaflet.js')],
    '/leaflet/leaflet.css': ['css', file('node_modules', 'leaflet', 'dist', 'leaflet.css')],
    '/topojson/topojson-client.min.js': ['js', file('node_modules', 'topojson-client', 'dist', 'topojson-client.min.js')],
    '/data/basemap-world.json': ['json', file('public', 'data', 'basemap-world.json')],
    '/places.json': ['json', readFileSync(join(contentRoot, 'content', 'places.json'))],
    '/trips.geojson': ['geojson', Buffer.from(await (await fetch(`${appOrigin}/trips.geojson`)).arrayBuffer())],
  };
  const compressed = Object.fromEntries(Object.entries(files).map(([path, [type, body]]) => [path, [type, gzipSync(body)]]));
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const entry = compressed[path];
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[entry[0]], 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache' });
    response.end(entry[1]);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
