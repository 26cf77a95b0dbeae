import { createHash } from 'node:crypto';

// Data files named after their content: a script cached for a year asks for the data it was built
// with, whatever was deployed since, and the file can be cached for a year too.

/** `/data/map-data.json` with body B → `/data/map-data.<first 16 hex digits of SHA-256(B)>.json`. */
export function hashedDataPath(path: string, body: string | Uint8Array): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const dot = path.lastIndexOf('.');
  if (dot <= path.lastIndexOf('/')) throw new Error(`${path} has no extension to put the hash before`);
  return `${path.slice(0, dot)}.${hash}${path.slice(dot)}`;
}

/** Where the build lists the hashed names (fixed name → hashed name), for the pages' bundler and for tools. */
export const DATA_FILES_MANIFEST = '/data/files.json';
