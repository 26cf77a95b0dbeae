import { z } from 'zod';
import { requestOrigin } from './view-card';

// The site's own address: the origin of canonical, Open Graph and oEmbed URLs, and the only origin
// whose URLs oEmbed accepts. In production it comes from SITE_URL alone: Host and
// X-Forwarded-Host are the client's to choose, and a spoofed one would put another origin into
// answers that shared caches and link previews keep. In development, where SITE_URL is rarely
// set, the request's headers stand in.

const siteUrlSchema = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }))
  .transform((value) => new URL(value))
  .refine((url) => (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password, {
    error: 'must be an origin alone, with no path, query, fragment or credentials',
  })
  .transform((url) => url.origin);

export class SiteUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteUrlError';
  }
}

/** SITE_URL as an origin (`https://trips.example.org`); null when unset; a SiteUrlError when it is not one. */
export function configuredSiteOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.SITE_URL;
  if (raw === undefined || raw.trim() === '') return null;
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) throw new SiteUrlError(`SITE_URL=${JSON.stringify(raw)} ${parsed.error.issues[0].message} (e.g. SITE_URL=https://trips.example.org)`);
  return parsed.data;
}

/**
 * Throws a SiteUrlError that says what to set when production has no valid SITE_URL; called at
 * startup (instrumentation.ts) so a misconfigured server stops before its first request.
 */
export function assertSiteUrl(env: Record<string, string | undefined> = process.env): void {
  const origin = configuredSiteOrigin(env);
  if (origin === null && env.NODE_ENV === 'production') {
    throw new SiteUrlError('SITE_URL is required in production: the public origin of the site, e.g. SITE_URL=https://trips.example.org (see docs/deploy.md)');
  }
}

let cached: { env: string | undefined; origin: string | null } | null = null;

/** The origin of the site's own URLs: SITE_URL; in development only, the request's headers when it is unset. */
export function siteOrigin(headers: Pick<Headers, 'get'>, env: Record<string, string | undefined> = process.env): string {
  if (cached === null || cached.env !== env.SITE_URL || env !== process.env) cached = { env: env.SITE_URL, origin: configuredSiteOrigin(env) };
  if (cached.origin !== null) return cached.origin;
  assertSiteUrl(env);
  return requestOrigin(headers);
}

/**
 * At startup: a production server without a valid SITE_URL stops, saying what to set, instead of
 * answering with links to whatever Host a client sent (or failing on each request).
 */
export function exitWithoutSiteUrl(env: Record<string, string | undefined> = process.env): void {
  if (env.NEXT_PHASE === 'phase-production-build') return;
  try {
    assertSiteUrl(env);
  } catch (error) {
    if (!(error instanceof SiteUrlError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
