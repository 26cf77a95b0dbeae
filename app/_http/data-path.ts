import path from 'node:path';
import { z } from 'zod';
import type { Lang } from '../../content/i18n/lang';
import { buildManifest } from './build-manifest';
import { mapDataFixedPath } from './map-data-path';

// The path written out (DATA_FILES_MANIFEST), not joined from it: Next's file tracing follows a
// literal path to its one file, but a variable one to every file under public/.
const dataFiles = buildManifest(path.join(process.cwd(), 'public', 'data', 'files.json'), z.record(z.string(), z.string().startsWith('/data/')));

/**
 * The hashed name of an edition's map data, which the page hands its island (so a page, and the
 * script it names, ask for the data they were built with).
 */
export function mapDataPath(lang: Lang): string {
  const fixed = mapDataFixedPath(lang);
  return dataFiles()[fixed] ?? fixed;
}
