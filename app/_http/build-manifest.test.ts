import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildManifest } from './build-manifest';

describe('buildManifest', () => {
  const schema = z.object({ embed: z.object({ style: z.string(), styleHash: z.string() }) });
  const file = (json: unknown) => {
    const at = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'manifest.json');
    writeFileSync(at, JSON.stringify(json));
    return at;
  };

  it('reads the manifest with its schema', () => {
    const read = buildManifest(file({ embed: { style: '/e.css', styleHash: 'sha256-x' } }), schema);
    expect(read().embed.style).toBe('/e.css');
  });

  it('names the file, the field and the fix when an older build wrote it', () => {
    const at = file({ embed: { style: '/e.css' } });
    expect(() => buildManifest(at, schema)()).toThrow(new RegExp(`${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*embed\\.styleHash.*npm run build`));
  });

  it('names the file when it is not JSON (written halfway)', () => {
    const at = file({});
    writeFileSync(at, '{"embed": {"sty');
    expect(() => buildManifest(at, schema)()).toThrow(`${at} is not JSON`);
  });

  it('says how to make a missing one', () => {
    expect(() => buildManifest('/nowhere/manifest.json', schema)()).toThrow('run `npm run build`');
  });
});
