import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a GeoJSON fixture from geo/fixtures. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}
