import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildManifest } from './build-manifest';

/** An island's script and stylesheet, and the stylesheet's SHA-256 as a CSP source (`sha256-…`). */
const island = z.object({ script: z.string(), style: z.string(), styleHash: z.string().startsWith('sha256-') });
const assetsSchema = z.object({
  home: island,
  embed: island,
  print: island.extend({ script: z.null() }),
});

/** Each island's script and styles, with content hashes in their names. */
export type PageAssets = z.infer<typeof assetsSchema>;

const ISLANDS = path.join(process.cwd(), 'public', 'islands');

/** The islands' manifest, written by scripts/build-islands.mjs (rebuilt beside `next dev`). */
export const pageAssets = buildManifest(path.join(ISLANDS, 'manifest.json'), assetsSchema);

/** A stylesheet given by its address, or written into the page. */
export type PageStyle = { href: string } | { text: string };

const texts = new Map<string, PageStyle>();

// Read from the islands' folder by name: a path built from all of public/ (or from a folder given
// at run time) would have Next's file tracing copy all of it into the standalone server.
const readIsland = (name: string) => readFileSync(path.join(ISLANDS, name), 'utf8');

/**
 * The stylesheet as the page's own `<style>` text, in production: /embed is loaded cold by other
 * sites' readers, and a linked stylesheet held its first paint back for a request of its own
 * (docs/adr/0002). The CSP allows it by the hash next.config.js read from the manifest at build
 * time (EMBED_STYLE_HASH); a stylesheet that is no longer that one (`npm run dev` rebuilt the
 * islands since) is linked instead, which the CSP allows as the site's own file. `next dev` links it.
 */
export function embedStyle({ style }: { style: string }, read = readIsland): PageStyle {
  if (process.env.NODE_ENV !== 'production') return { href: style };
  let kept = texts.get(style);
  if (kept === undefined) {
    if (!style.startsWith('/islands/')) throw new Error(`the stylesheet ${style} is not in /islands/ (public/islands/manifest.json)`);
    const text = read(path.basename(style));
    const hash = `sha256-${createHash('sha256').update(text).digest('base64')}`;
    // The text goes into the HTML as it is, so that its hash is the one the CSP names.
    if (/<\/style/i.test(text)) throw new Error(`${style} holds "</style", which would end the page's style element`);
    if (hash === process.env.EMBED_STYLE_HASH) kept = { text };
    else {
      console.warn(`${style} is not the stylesheet this build's CSP allows (${hash}, not ${process.env.EMBED_STYLE_HASH || 'none'}): linking it; run \`npm run build\` again`);
      kept = { href: style };
    }
    texts.set(style, kept);
  }
  return kept;
}
