import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures';

// Serving like production: what caches, browsers and tools in front of the app are told.

test.describe('cacheable pages', () => {
  for (const path of ['/?trip=kim-2019&lang=en', '/embed?trip=kim-2019']) {
    test(`${path} has a shared-cache Cache-Control and a strong ETag, and answers 304 to it`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const cacheControl = first.headers()['cache-control'];
      expect(cacheControl).toMatch(/^public, /);
      expect(cacheControl).toMatch(/s-maxage=\d+/);
      expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
      const etag = first.headers().etag;
      expect(etag).toMatch(/^"[^"]+"$/);

      const again = await request.get(path, { headers: { 'If-None-Match': etag } });
      expect(again.status()).toBe(304);
      expect(again.headers().etag).toBe(etag);
      expect(await again.body()).toHaveLength(0);

      // Another view is another document; a stale or garbage validator gets the page.
      expect((await request.get(path.replace('?', '?visit=kim-2019-summit&'))).headers().etag).not.toBe(etag);
      for (const garbage of ['"stale"', 'not a tag', 'W/', '*,,"x']) {
        expect((await request.get(path, { headers: { 'If-None-Match': garbage } })).status(), garbage).toBe(200);
      }
    });
  }

  test('/ in the language the reader’s browser chose is that reader’s alone, revalidated by its ETag', async ({ request }) => {
    const first = await request.get('/?trip=kim-2019', { headers: { 'Accept-Language': 'ru' } });
    expect(first.headers()['cache-control']).toBe('private, no-cache');
    expect(first.headers().vary).toMatch(/Accept-Language/);
    expect(first.headers()['content-language']).toBe('ru');
    const again = await request.get('/?trip=kim-2019', { headers: { 'Accept-Language': 'ru', 'If-None-Match': first.headers().etag } });
    expect(again.status()).toBe(304);
  });

  test('the first view’s picture and the basemap are kept by a shared cache as long as the page', async ({ request }) => {
    const page = await request.get('/embed?trip=kim-2019');
    const previews = [...page.headers().link.matchAll(/<([^>]+)>; rel=preload/g)].map((m) => m[1]);
    expect(previews).toHaveLength(2);
    for (const path of [...previews, '/data/basemap-world.json', '/data/basemap-region.json']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['cache-control'], path).toBe(page.headers()['cache-control']);
    }
  });

  test('errors are never cached publicly', async ({ request, baseURL }) => {
    for (const path of ['/static/nope.png', '/static/all.png?width=abc', `/api/oembed?url=${encodeURIComponent('https://example.org/')}`, '/api/oembed']) {
      const response = await request.get(path);
      expect(response.status(), path).toBeGreaterThanOrEqual(400);
      expect(response.status(), path).toBeLessThan(500);
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
    const good = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/`)}`);
    expect(good.headers()['cache-control']).toMatch(/^public/);
  });
});

test('the page reads its data under a content-hashed name, cached for good; the fixed name still answers', async ({ page, request }) => {
  const dataUrls: string[] = [];
  page.on('request', (r) => {
    if (/\/data\/map-data[^/]*\.json$/.test(new URL(r.url()).pathname)) dataUrls.push(new URL(r.url()).pathname);
  });
  await openMap(page, '/embed?trip=kim-2019');
  expect(dataUrls).toHaveLength(1);
  expect(dataUrls[0]).toMatch(/^\/data\/map-data\.[0-9a-f]{16}\.json$/);
  const hashed = await request.get(dataUrls[0]);
  expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const fixed = await request.get('/data/map-data.json');
  expect(fixed.status()).toBe(200);
  expect(fixed.headers()['cache-control']).not.toContain('immutable');
  expect(await fixed.text()).toBe(await hashed.text());
  expect((await request.get('/data/files.json')).ok()).toBe(true);
});

test('SITE_URL, not a spoofed Host or X-Forwarded-Host, names the site', async ({ request, baseURL }) => {
  const spoof = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };
  for (const path of ['/?trip=kim-2019&lang=en', '/embed?trip=kim-2019']) {
    const html = await (await request.get(path, { headers: spoof })).text();
    expect(html, path).not.toContain('evil.example');
    expect(html, path).toContain(`${baseURL}/static/kim-2019.png`);
  }
  const home = await (await request.get('/?trip=kim-2019', { headers: spoof })).text();
  expect(home).toContain(`<link rel="canonical" href="${baseURL}/?trip=kim-2019"`);
  // oEmbed accepts its own origin's URLs alone, and names it, whatever the headers claim.
  const foreign = await request.get(`/api/oembed?url=${encodeURIComponent('https://evil.example/?trip=kim-2019')}`, { headers: spoof });
  expect(foreign.status()).toBe(404);
  const own = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/?trip=kim-2019`)}`, { headers: spoof });
  expect(own.status()).toBe(200);
  expect(JSON.stringify(await own.json())).not.toContain('evil.example');
});

/** Collects CSP violations the page reports, as events and as console messages. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test.describe('a strict content security policy', () => {
  for (const path of ['/', '/embed?trip=kim-2023&controls=stepper']) {
    test(`${path} forbids inline script, and inline style but its own stylesheet, and breaks none of its own rules`, async ({ page }) => {
      const violations = await watchCsp(page);
      const response = await page.goto(path);
      const headers = response!.headers();
      const csp = headers['content-security-policy'];
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['script-src']).toEqual(["'self'"]);
      // Style elements from the app's own files, and /embed's own stylesheet written into its HTML,
      // by its hash; style attributes (Leaflet markers' HTML) stay allowed.
      const inline = await page.locator('head style').allTextContents();
      expect(inline).toHaveLength(path.startsWith('/embed') ? 1 : 0);
      const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
      expect(directives['style-src']).toEqual(["'self'", ...hashes]);
      expect(directives['style-src-attr']).toEqual(["'unsafe-inline'"]);
      expect(csp).not.toContain('unsafe-eval');
      expect(headers['permissions-policy']).toContain('camera=()');
      // /embed is made to be framed, where an opener policy does nothing (next.config.js).
      expect(headers['cross-origin-opener-policy']).toBe(path.startsWith('/embed') ? 'unsafe-none' : 'same-origin');
      await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
      // Step through a few visits: popups, the timeline, the list and the map move.
      await page.getByRole('button', { name: /next/i }).first().click();
      await page.getByRole('button', { name: /next/i }).first().click();
      await expect(page.locator('.leaflet-popup')).toBeVisible();
      await page.waitForTimeout(500);
      expect(await violations()).toEqual([]);
    });
  }

  test('the print handout keeps the policy it needs for Next’s inline bootstrap, and the other headers', async ({ request }) => {
    const headers = (await request.get('/print/kim-2019')).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  });
});

test('the data may be read from any origin', async ({ request, baseURL }) => {
  for (const path of ['/trips.geojson', '/visits.csv', '/data/map-data.json', `/api/oembed?url=${encodeURIComponent(`${baseURL}/`)}`]) {
    const response = await request.get(path, { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['access-control-allow-origin'], path).toBe('*');
  }
});

test.describe('data files for tools', () => {
  for (const [path, type] of [['/trips.geojson', 'application/geo+json'], ['/visits.csv', 'text/csv']] as const) {
    test(`${path}: Content-Length on GET and HEAD, an ETag, 304, and gzip when asked for`, async ({ request }) => {
      const get = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
      const body = await get.body();
      expect(get.headers()['content-type']).toContain(type);
      expect(Number(get.headers()['content-length'])).toBe(body.byteLength);
      const head = await request.head(path, { headers: { 'Accept-Encoding': 'identity' } });
      expect(head.status()).toBe(200);
      expect(Number(head.headers()['content-length'])).toBe(body.byteLength);
      const etag = get.headers().etag;
      expect(etag).toBeTruthy();
      expect((await request.get(path, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
      const zipped = await fetch(`${get.url()}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(await zipped.text()).toBe(body.toString());
    });
  }

  test('GDAL reads both over HTTP (/vsicurl/) and counts their features', async ({ baseURL }) => {
    const count = (path: string) => {
      const out = execFileSync('ogrinfo', ['-ro', '-so', '-al', `/vsicurl/${baseURL}${path}`], { encoding: 'utf8', timeout: 30_000 });
      return [...out.matchAll(/Feature Count: (\d+)/g)].map((m) => Number(m[1]));
    };
    const geojson = await (await fetch(`${baseURL}/trips.geojson`)).json();
    const visits = geojson.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'visit').length;
    expect(count('/trips.geojson')).toEqual([geojson.features.length]);
    expect(count('/visits.csv')).toEqual([visits]);
  });
});

test.describe('bad input is a clear 4xx, never a 5xx', () => {
  test('PNGs beyond 4 megapixels are refused, saying why', async ({ request }) => {
    const response = await request.get('/static/all.png?width=4000&height=4000');
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/at most 4,000,000 pixels/);
    expect((await request.get('/static/all.png?width=4000&height=1000')).status()).toBe(200);
    // The SVG is drawn by the reader's browser: any size within 100–4000 stays allowed.
    expect((await request.get('/static/all.svg?width=4000&height=4000')).status()).toBe(200);
  });

  test('HEAD and OPTIONS on every route', async ({ request }) => {
    const paths = ['/', '/embed', '/trips.geojson', '/visits.csv', '/data/map-data.json', '/static/all.svg', '/static/kim-2019.png?width=300&height=200', '/api/oembed', '/print/kim-2019', '/nope'];
    for (const path of paths) {
      for (const method of ['HEAD', 'OPTIONS']) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBeLessThan(500);
      }
    }
  });
});
