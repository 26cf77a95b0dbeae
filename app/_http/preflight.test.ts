import { describe, expect, it } from 'vitest';
import { filePreflight } from './preflight';

describe('filePreflight', () => {
  it('answers a data file as a CORS preflight any origin passes', () => {
    const response = filePreflight('/trips.geojson');
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('Range');
    expect(filePreflight('/data/map-data.json').headers.get('access-control-allow-origin')).toBe('*');
  });

  it('gives the pages’ scripts their methods, with no CORS grant', () => {
    const response = filePreflight('/islands/home-X.js');
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
