import { describe, expect, it } from 'vitest';
import { assertSiteUrl, configuredSiteOrigin, siteOrigin, SiteUrlError } from './site-url';

const spoofed = new Headers({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });

describe('siteOrigin', () => {
  it('is SITE_URL whatever the request headers say', () => {
    expect(siteOrigin(spoofed, { SITE_URL: 'https://trips.example.org', NODE_ENV: 'production' })).toBe('https://trips.example.org');
    expect(siteOrigin(spoofed, { SITE_URL: 'https://trips.example.org/', NODE_ENV: 'development' })).toBe('https://trips.example.org');
  });

  it('falls back to the headers in development only', () => {
    expect(siteOrigin(spoofed, { NODE_ENV: 'development' })).toBe('https://evil.example');
    expect(() => siteOrigin(spoofed, { NODE_ENV: 'production' })).toThrow(/SITE_URL is required in production/);
  });
});

describe('configuredSiteOrigin', () => {
  it('keeps the origin, port included', () => {
    expect(configuredSiteOrigin({ SITE_URL: 'http://localhost:3000' })).toBe('http://localhost:3000');
    expect(configuredSiteOrigin({ SITE_URL: ' https://Trips.Example.org:443 ' })).toBe('https://trips.example.org');
    expect(configuredSiteOrigin({})).toBeNull();
  });

  it.each(['trips.example.org', 'ftp://trips.example.org', 'https://trips.example.org/map', 'https://a.org/?x=1', 'https://u:p@a.org'])(
    'refuses %j, naming SITE_URL',
    (value) => {
      expect(() => configuredSiteOrigin({ SITE_URL: value })).toThrow(SiteUrlError);
      expect(() => configuredSiteOrigin({ SITE_URL: value })).toThrow(/^SITE_URL=/);
    },
  );
});

describe('assertSiteUrl', () => {
  it('passes in production with SITE_URL, and anywhere else without', () => {
    expect(() => assertSiteUrl({ NODE_ENV: 'production', SITE_URL: 'https://a.org' })).not.toThrow();
    expect(() => assertSiteUrl({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertSiteUrl({ NODE_ENV: 'production' })).toThrow(SiteUrlError);
  });
});
