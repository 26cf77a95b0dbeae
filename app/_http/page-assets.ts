import path from 'node:path';
import { z } from 'zod';
import { buildManifest } from './build-manifest';

const assetsSchema = z.object({
  home: z.object({ script: z.string(), style: z.string() }),
  embed: z.object({ script: z.string(), style: z.string() }),
  print: z.object({ script: z.null(), style: z.string() }),
});

/** Each island's script and styles, with content hashes in their names. */
export type PageAssets = z.infer<typeof assetsSchema>;

/** The islands' manifest, written by scripts/build-islands.mjs (rebuilt beside `next dev`). */
export const pageAssets = buildManifest(path.join(process.cwd(), 'public', 'islands', 'manifest.json'), assetsSchema);
