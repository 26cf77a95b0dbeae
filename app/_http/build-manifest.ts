import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * A list the build writes for the server (the islands' names, the data files' hashed names), parsed
 * with its schema. Read once in production; on every request in development, where `npm run dev`
 * writes it anew.
 */
export function buildManifest<T>(file: string, schema: z.ZodType<T>): () => T {
  let cached: T | null = null;
  return () => {
    if (cached && process.env.NODE_ENV === 'production') return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`cannot read ${file}: run \`npm run build\` (or \`npm run dev\`) first. ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // In development the islands' watcher may be writing it: read again on the next request.
      throw new Error(`${file} is not JSON (${(error as Error).message}): run \`npm run build\` (or \`npm run dev\`) again`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`${file} is not what this server reads (${issues}): written by an older build? Run \`npm run build\` (or \`npm run dev\`) again`);
    }
    cached = parsed.data;
    return cached;
  };
}
