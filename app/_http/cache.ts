import { createHash } from 'node:crypto';
import { z } from 'zod';
import policies from './cache-policies.json';

// Answers of route handlers that a shared cache (a CDN, a proxy) may keep and revalidate cheaply:
// a strong ETag from the body, and 304 to a matching If-None-Match. (Next drops a route handler's
// Content-Length and Content-Encoding and compresses the answer itself; the ETag names the
// uncompressed body. Files that need a Content-Length are served from public/.) The policies are
// in cache-policies.json, which next.config.js also reads for the files it serves from public/.

/** The pages: fresh for a cache for five minutes, then served stale while it revalidates (with the ETag, a 304). */
export const PAGE_CACHE = policies.page;
/** A page in the edition the reader's Accept-Language chose: the browser's only, revalidated by its ETag. */
export const NEGOTIATED_PAGE_CACHE = 'private, no-cache';
/** An answer whose name holds its content's hash never changes. */
export const IMMUTABLE_CACHE = policies.immutable;
/** Errors: a reader's typo must not be kept by a shared cache and served to the next reader. */
export const NO_STORE = 'no-store';

const MAX_HEADER = 8192;

/** A strong entity tag from the bytes: 128 bits of SHA-256, base64url. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

// RFC 9110 §13.1.2: `*` or a list of entity tags, weak ones prefixed W/. A header that is not one
// of those (garbage, or longer than any real one) matches nothing: the reader gets the full answer.
const entityTags = z
  .string()
  .max(MAX_HEADER)
  .transform((value, ctx) => {
    if (value.trim() === '*') return '*' as const;
    const tags = value.split(',').map((t) => t.trim()).filter(Boolean);
    if (tags.length === 0 || !tags.every((t) => /^(W\/)?"[\x21\x23-\x7e\x80-\xff]*"$/.test(t))) {
      ctx.addIssue({ code: 'custom', message: 'If-None-Match is not a list of entity tags' });
      return z.NEVER;
    }
    return tags.map((t) => t.replace(/^W\//, ''));
  });

/** Whether If-None-Match names this representation (weak comparison, as RFC 9110 asks for GET and HEAD). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const parsed = entityTags.safeParse(header);
  if (!parsed.success) return false;
  return parsed.data === '*' || parsed.data.includes(etag.replace(/^W\//, ''));
}

// The bytes and ETag of the answers given lately: the pages' common views are asked for again
// and again with the same HTML. Bounded by count.
const MEMO_ENTRIES = 64;
const memo = new Map<string, { identity: Uint8Array; etag: string }>();

function representationOf(body: string | Uint8Array): { identity: Uint8Array; etag: string } {
  if (typeof body !== 'string') return { identity: body, etag: etagOf(body) };
  const hit = memo.get(body);
  if (hit) {
    memo.delete(body);
    memo.set(body, hit);
    return hit;
  }
  const identity = new TextEncoder().encode(body);
  const entry = { identity, etag: etagOf(identity) };
  memo.set(body, entry);
  if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  return entry;
}

export interface CachedInit {
  /** Content-Type and any other headers of the answer. */
  headers: Record<string, string>;
  cacheControl: string;
}

/**
 * A 200 with the body, or a 304 when the request's If-None-Match names it; both with the ETag and
 * Cache-Control a shared cache needs. Next answers HEAD with this answer's headers.
 */
export function cachedResponse(request: Request, body: string | Uint8Array, init: CachedInit): Response {
  const { identity, etag } = representationOf(body);
  const headers: Record<string, string> = { ...init.headers, 'Cache-Control': init.cacheControl, ETag: etag };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    const { 'Content-Type': _type, ...kept } = headers;
    return new Response(null, { status: 304, headers: kept });
  }
  return new Response(identity as BodyInit, { status: 200, headers });
}

/** A JSON error that no shared cache keeps. */
export function errorResponse(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { ...headers, 'Cache-Control': NO_STORE } });
}
