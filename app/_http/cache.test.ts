import { describe, expect, it } from 'vitest';
import { cachedResponse, errorResponse, etagOf, ifNoneMatchHits, PAGE_CACHE } from './cache';

const request = (headers: Record<string, string> = {}) => new Request('http://localhost/x', { headers });
const body = 'x'.repeat(5000) + 'the body';

describe('etagOf', () => {
  it('is a strong tag that changes with the bytes', () => {
    expect(etagOf('a')).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(etagOf('a')).toBe(etagOf(new TextEncoder().encode('a')));
    expect(etagOf('a')).not.toBe(etagOf('b'));
  });
});

describe('ifNoneMatchHits', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"x"', false],
    ['abc', false],
    ['"abc', false],
    ['garbage, "abc" junk', false],
    ['', false],
    [`"${'a'.repeat(9000)}"`, false],
  ])('%j → %s', (header, hit) => expect(ifNoneMatchHits(header, tag)).toBe(hit));
  it('no header never hits', () => expect(ifNoneMatchHits(null, tag)).toBe(false));
});

describe('cachedResponse', () => {
  it('sends the body with its ETag and Cache-Control', async () => {
    const response = cachedResponse(request(), body, { headers: { 'Content-Type': 'text/plain' }, cacheControl: PAGE_CACHE });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etagOf(body));
    expect(response.headers.get('cache-control')).toBe(PAGE_CACHE);
    expect(await response.text()).toBe(body);
  });

  it('answers 304 with no body to a matching If-None-Match, and 200 to a stale or garbage one', async () => {
    const etag = etagOf(body);
    const init = { headers: { 'Content-Type': 'text/plain' }, cacheControl: PAGE_CACHE };
    const hit = cachedResponse(request({ 'if-none-match': etag }), body, init);
    expect(hit.status).toBe(304);
    expect(hit.headers.get('etag')).toBe(etag);
    expect(hit.headers.get('cache-control')).toBe(PAGE_CACHE);
    expect(await hit.text()).toBe('');
    expect(cachedResponse(request({ 'if-none-match': '"old"' }), body, init).status).toBe(200);
    expect(cachedResponse(request({ 'if-none-match': '<script>;; "abc' }), body, init).status).toBe(200);
  });
});

describe('errorResponse', () => {
  it('is JSON that no cache keeps', async () => {
    const response = errorResponse(400, 'The width is bad');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: 'The width is bad' });
  });
});
