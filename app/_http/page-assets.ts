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

const texts = new Map<string, string>();

/**
 * The stylesheet as the page's own `<style>` text, in production: /embed is loaded cold by other
 * sites' readers, and a linked stylesheet held its first paint back for a request of its own
 * (docs/adr/0002). next.config.js allows it by the hash the manifest gives, worked out at build
 * time; `next dev` links it, as the islands it rebuilds change under a server started earlier.
 */
export function inlineStyle({ style }: { style: string }): PageStyle {
  if (process.env.NODE_ENV !== 'production') return { href: style };
  let text = texts.get(style);
  if (text === undefined) {
    // Read from the islands' folder by name: a path built from all of public/ would have Next's
    // file tracing copy all of it (the map data, every preview) into the standalone server.
    if (!style.startsWith('/islands/')) throw new Error(`the stylesheet ${style} is not in /islands/ (public/islands/manifest.json)`);
    text = readFileSync(path.join(ISLANDS, path.basename(style)), 'utf8');
    // The text goes into the HTML as it is, so that its hash is the one the CSP names.
    if (/<\/style/i.test(text)) throw new Error(`${style} holds "</style", which would end the page's style element`);
    texts.set(style, text);
  }
  return { text };
}
