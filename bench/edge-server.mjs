// A CDN's edge in front of `next start`, as a newsroom deploys the app: a shared cache that keeps
// what the app's own Cache-Control lets it keep (s-maxage, else max-age, above 0; not private,
// no-store or no-cache: the last would be kept and revalidated each time by a CDN, which here comes
// to asking the app), for as long as it says, and serves it from memory, as the reference server
// serves all of its files. Within stale-while-revalidate it answers from memory and asks the app
// again in the background, and it answers a browser's revalidation (If-None-Match) with 304 itself.
// Everything else goes through to the app on every request. Bodies are asked for and kept
// gzip-compressed, as the app sends them to a browser.
import { createServer, request as httpRequest } from 'node:http';

// Hop-by-hop headers, which a proxy does not pass on.
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);
const passOn = (headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP.has(name)));

/** How long a shared cache may keep an answer fresh, and then serve it stale while it asks again, in ms. */
export function sharedLifetime(cacheControl) {
  const directives = new Map(String(cacheControl ?? '').toLowerCase().split(',').map((d) => d.trim().split('=')));
  if (['private', 'no-store', 'no-cache'].some((d) => directives.has(d))) return null;
  const fresh = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0);
  if (!(fresh > 0)) return null;
  return { fresh: fresh * 1000, stale: Number(directives.get('stale-while-revalidate') ?? 0) * 1000 };
}

function ask(origin, url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const target = new URL(url, origin);
    const upstream = httpRequest(target, { method, headers: { ...passOn(headers), host: target.host } }, resolve);
    upstream.on('error', reject);
    if (body) body.pipe(upstream);
    else upstream.end();
  });
}

/** If-None-Match against an ETag, compared weakly (RFC 9110 §13.1.2), as a cache answering a browser's revalidation does. */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

const withoutBody = (headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => !['content-length', 'content-encoding', 'content-type'].includes(name)));

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** Starts the edge on `port` in front of `origin` (e.g. http://127.0.0.1:3301). */
export async function startEdgeServer(port, origin) {
  const cache = new Map();
  // The request headers each URL's answer varies on (Vary), bar Accept-Encoding: all bodies are gzip.
  const varies = new Map();
  const keyOf = (url, headers) => [url, ...(varies.get(url) ?? []).map((name) => headers[name] ?? '')].join('\n');
  /**
   * Asks the app for a GET, unconditionally (the edge wants a body to keep), and keeps the answer if
   * a shared cache may: a 200 whose Cache-Control allows it, with no Set-Cookie and no `Vary: *`,
   * to a request with no credentials. A 200 it may not keep drops what it had kept for the URL; an error leaves it.
   */
  async function fetchAndKeep(url, headers) {
    const asked = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('if-') && name !== 'range'));
    const upstream = await ask(origin, url, 'GET', { ...asked, 'accept-encoding': 'gzip' });
    const entry = { status: upstream.statusCode, headers: passOn(upstream.headers), body: await readAll(upstream) };
    const vary = String(upstream.headers.vary ?? '').toLowerCase().split(',').map((v) => v.trim()).filter((v) => v && v !== 'accept-encoding');
    const lifetime = upstream.statusCode === 200 ? sharedLifetime(upstream.headers['cache-control']) : null;
    if (lifetime && !upstream.headers['set-cookie'] && !vary.includes('*') && !headers.authorization && !headers.cookie) {
      varies.set(url, vary);
      cache.set(keyOf(url, headers), { ...entry, freshUntil: Date.now() + lifetime.fresh, staleUntil: Date.now() + lifetime.fresh + lifetime.stale });
    } else if (upstream.statusCode === 200) {
      cache.delete(keyOf(url, headers));
    }
    return entry;
  }
  /** The kept (or just fetched) answer, or 304 when the browser's If-None-Match names it. */
  function answer(request, response, entry) {
    if (entry.status === 200 && matches(request.headers['if-none-match'], entry.headers.etag)) response.writeHead(304, withoutBody(entry.headers)).end();
    else response.writeHead(entry.status, entry.headers).end(entry.body);
  }
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET') {
        const upstream = await ask(origin, request.url, request.method, request.headers, request);
        response.writeHead(upstream.statusCode, passOn(upstream.headers));
        upstream.pipe(response);
        return;
      }
      const kept = cache.get(keyOf(request.url, request.headers));
      const now = Date.now();
      if (kept && now < kept.staleUntil) {
        if (now >= kept.freshUntil && !kept.refreshing) {
          kept.refreshing = true;
          fetchAndKeep(request.url, request.headers).catch(() => undefined).finally(() => { kept.refreshing = false; });
        }
        answer(request, response, kept);
        return;
      }
      answer(request, response, await fetchAndKeep(request.url, request.headers));
    } catch (error) {
      response.writeHead(502).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
