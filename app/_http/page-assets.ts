import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const assetsSchema = z.object({
  home: z.object({ script: z.string(), style: z.string() }),
  embed: z.object({ script: z.string(), style: z.string() }),
  print: z.object({ script: z.null(), style: z.string() }),
});

/** Each island's script and styles, with content hashes in their names. */
export type PageAssets = z.infer<typeof assetsSchema>;

const MANIFEST = path.join(process.cwd(), 'public', 'islands', 'manifest.json');
let cached: PageAssets | null = null;

/**
 * The islands' manifest, written by scripts/build-islands.mjs. Read once in production; on every
 * request in development, where the bundler rebuilds the islands beside `next dev`.
 */
export function pageAssets(): PageAssets {
  if (cached && process.env.NODE_ENV === 'production') return cached;
  let text: string;
  try {
    text = readFileSync(MANIFEST, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${MANIFEST}: run \`npm run build\` (or \`npm run dev\`) first. ${(error as Error).message}`);
  }
  cached = assetsSchema.parse(JSON.parse(text));
  return cached;
}
